import JRECore
import JREText
import JRETerminal

/// The threshold lab: every parameter, who it moves, its whole range as a chart, and tipping points.
enum LabView {
    static func draw(_ state: AppState, into grid: inout CellGrid) {
        guard let workshop = state.workshop else { return }
        let lang = state.lang
        let glyphs = grid.glyphs
        HeaderView.draw(workshop, lang: lang, into: &grid)
        let ruleset = workshop.ruleset
        let claimantName = workshop.scenario.claimants[workshop.selectedClaimant].name
        _ = grid.put(" " + Strings.labTitle.format(lang, String(workshop.day), claimantName), row: 2, col: 0, role: .title, maxWidth: grid.width, ellipsis: true)
        guard !ruleset.parameters.isEmpty else {
            _ = grid.put(Strings.labNoParameters(lang), row: 4, col: 2, role: .dim, maxWidth: grid.width - 3)
            return
        }
        // The parameter list takes the upper part; the selected parameter's detail the lower part.
        let detailHeight = min(max(8, ruleset.alerts.count * 2 + 6), grid.height / 2)
        let listTop = 4, listHeight = max(1, grid.height - 2 - listTop - detailHeight)
        let labelWidth = max(12, min(40, grid.width - 50))
        var col = grid.put(" " + TextLayout.pad(Strings.labColumnParameter(lang), labelWidth + 1), row: 3, col: 0, role: .dim, maxWidth: grid.width)
        col = grid.put(TextLayout.pad(Strings.labColumnValue(lang), 16), row: 3, col: col, role: .dim, maxWidth: max(0, grid.width - col))
        col = grid.put(TextLayout.pad(Strings.labColumnStart(lang), 8), row: 3, col: col, role: .dim, maxWidth: max(0, grid.width - col))
        _ = grid.put(Strings.labColumnRange(lang), row: 3, col: col, role: .dim, maxWidth: max(0, grid.width - col))
        let selected = min(workshop.labSelection, ruleset.parameters.count - 1)
        let first = max(0, min(selected - listHeight / 2, ruleset.parameters.count - listHeight))
        for offset in 0..<listHeight {
            let index = first + offset
            guard index < ruleset.parameters.count else { break }
            let parameter = ruleset.parameters[index]
            let row = listTop + offset
            let isSelected = index == selected
            let value = workshop.parameters[index]
            let start = workshop.simulation.startingParameters[index]
            let changed = value != start
            if isSelected {
                grid.fill(row: row, col: 0, width: grid.width, height: 1, role: .selected)
                grid.cursor = (row, 1)
            }
            let role: Role = isSelected ? .selected : (changed ? .watch : .normal)
            let mark = changed ? (glyphs.mark(for: .watch) ?? "*") : " "
            var c = grid.put(mark + " " + TextLayout.pad(parameter.label.resolve(lang), labelWidth - 1) + " ", row: row, col: 0, role: role, maxWidth: labelWidth + 2)
            let unit = parameter.unit.map { " " + Strings.unit($0.resolve(lang), for: value, lang) } ?? ""
            var shown = number(value, parameter, lang)
            if isSelected, case .labEntry(let entry)? = state.modal { shown = entry + "_" }
            c = grid.put(TextLayout.pad(shown + unit, 16), row: row, col: c, role: role, maxWidth: 16)
            c = grid.put(TextLayout.pad(number(start, parameter, lang), 8), row: row, col: c, role: isSelected ? .selected : .dim, maxWidth: 8)
            let range = "\(number(parameter.min, parameter, lang))–\(number(parameter.max, parameter, lang)) (\(Strings.labStep.format(lang, number(parameter.step, parameter, lang))))"
            _ = grid.put(range, row: row, col: c, role: isSelected ? .selected : .dim, maxWidth: max(0, grid.width - c - 1), ellipsis: true)
        }
        drawDetail(workshop, parameter: selected, lang: lang, top: listTop + listHeight, height: detailHeight, into: &grid)
        if let problem = workshop.labProblem {
            let parameter = ruleset.parameters[selected]
            _ = grid.put(Strings.labRefused.format(lang, problem, number(parameter.min, parameter, lang), number(parameter.max, parameter, lang)),
                         row: grid.height - 2, col: 1, role: .error, maxWidth: grid.width - 2, ellipsis: true)
        }
    }

    static func drawDetail(_ workshop: WorkshopState, parameter: Int, lang: Lang, top: Int, height: Int, into grid: inout CellGrid) {
        let glyphs = grid.glyphs
        let ruleset = workshop.ruleset
        let simulation = workshop.simulation
        grid.horizontalLine(row: top, col: 0, width: grid.width)
        let definition = ruleset.parameters[parameter]
        _ = grid.put(" " + Strings.labRangeTitle.format(lang, definition.label.resolve(lang)) + " ", row: top, col: 2, role: .title, maxWidth: grid.width - 3)
        let sweep = simulation.sweep(parameter: parameter, day: workshop.day, parameters: workshop.parameters)
        let current = sweep.values.firstIndex { $0 >= sweep.current } ?? 0
        let labelWidth = min(30, grid.width / 3)
        let chartWidth = max(4, min(sweep.values.count, grid.width - labelWidth - 14))
        var row = top + 1
        for (alert, definition) in ruleset.alerts.enumerated() where row < top + height - 3 {
            let counts = sweep.values.indices.map { Double(sweep.count(value: $0, alert: alert)) }
            let sampled = (0..<chartWidth).map { counts[min(counts.count - 1, $0 * counts.count / chartWidth)] }
            let maximum = Double(workshop.scenario.claimants.count)
            var col = grid.put(" " + TextLayout.pad(definition.label.resolve(lang), labelWidth), row: row, col: 0, role: .normal, maxWidth: labelWidth + 1)
            col = grid.put(" " + glyphs.sparkline(sampled, range: 0...max(1, maximum)), row: row, col: col, role: .chart)
            _ = grid.put("  " + Strings.labCountNow.format(lang, String(sweep.count(value: current, alert: alert))), row: row, col: col, role: .alert, maxWidth: max(0, grid.width - col))
            row += 1
        }
        // The current value's place under the charts.
        let markerCol = labelWidth + 2 + min(chartWidth - 1, current * chartWidth / max(1, sweep.values.count))
        _ = grid.put(glyphs.arrows.up + " " + number(sweep.current, definition, lang), row: row, col: markerCol, role: .accent, maxWidth: max(0, grid.width - markerCol))
        let minimum = number(definition.min, definition, lang)
        _ = grid.put(" " + minimum, row: row, col: labelWidth + 1 - DisplayWidth.of(minimum), role: .dim)
        row += 1
        // Tipping points for the selected claimant.
        let name = workshop.scenario.claimants[workshop.selectedClaimant].name
        let points = simulation.tippingPoints(claimant: workshop.selectedClaimant, parameter: parameter, day: workshop.day, parameters: workshop.parameters)
        let tipping = points.map { point -> String in
            let label = ruleset.alerts[point.alert].label.resolve(lang)
            if point.neverInRange { return Strings.labTippingLine.format(lang, label, Strings.labNeverInRange(lang)) }
            return Strings.labTippingLine.format(lang, label, Strings.labFlipsAt.format(lang, point.flips.map { DebriefExport.parameterValue(definition, $0, lang: lang) }.joined(separator: ", ")))
        }.joined(separator: " · ")
        if row < grid.height - 2 {
            _ = grid.put(" " + Strings.labTipping.format(lang, name) + " " + tipping, row: row, col: 0, role: .normal, maxWidth: grid.width - 1, ellipsis: true)
            row += 1
        }
        // The selected claimant's « what if » (a trained score's counterfactual, computed by the core) at the current thresholds.
        let whatIf = simulation.counterfactuals(claimant: workshop.selectedClaimant, day: workshop.day, parameters: workshop.parameters)
        for (score, entries) in whatIf.enumerated() where !entries.isEmpty {
            for sentence in CounterfactualText.sentences(entries, ruleset.scores[score], lang) where row < grid.height - 2 {
                _ = grid.put(" " + Strings.labCounterfactual.format(lang, name, sentence), row: row, col: 0, role: .accent, maxWidth: grid.width - 1, ellipsis: true)
                row += 1
            }
        }
        // Who gains or loses each alert through this parameter alone (the others as they are), by name.
        var withoutThis = workshop.parameters
        withoutThis[parameter] = simulation.startingParameters[parameter]
        let changes = simulation.alertChanges(day: workshop.day, parameters: workshop.parameters, reference: withoutThis)
        if changes.contains(where: { !$0.gained.isEmpty || !$0.lost.isEmpty }), row < grid.height - 2 {
            let start = DebriefExport.parameterValue(definition, simulation.startingParameters[parameter], lang: lang)
            let now = DebriefExport.parameterValue(definition, workshop.parameters[parameter], lang: lang)
            _ = grid.put(" " + Strings.labChangeHeader.format(lang, now, start), row: row, col: 0, role: .title, maxWidth: grid.width - 1, ellipsis: true)
            row += 1
        }
        for change in changes where row < grid.height - 2 {
            let label = ruleset.alerts[change.alert].label.resolve(lang)
            for (moved, phrase) in [(change.gained, Strings.labGained), (change.lost, Strings.labLost)] where !moved.isEmpty && row < grid.height - 2 {
                let names = moved.map { workshop.scenario.claimants[$0].name }.joined(separator: ", ")
                _ = grid.put("   " + phrase.format(lang, count: moved.count, label, names), row: row, col: 0, role: .watch, maxWidth: grid.width - 1, ellipsis: true)
                row += 1
            }
        }
        if changes.allSatisfy({ $0.gained.isEmpty && $0.lost.isEmpty }), row < grid.height - 2 {
            _ = grid.put(" " + Strings.labNoChange(lang), row: row, col: 0, role: .dim, maxWidth: grid.width - 1)
        }
    }

    /// A value of `parameter` as people write it (decimals from its step), without its unit.
    static func number(_ value: Double, _ parameter: Parameter, _ lang: Lang) -> String {
        NumberText.decimal(value, lang, decimals: DebriefExport.decimals(forStep: parameter.step))
    }
}
