import JRECore
import JREPopulation
import JREText
import JRETerminal

/// The population screen: title and notice, the lab (the selected setting and its chart over the
/// sample), one pane of figures (Tab), and the whole population's line (progress bar while it runs).
enum PopulationView {
    static func draw(_ state: AppState, into grid: inout CellGrid) {
        guard let population = state.population else { return }
        let lang = state.lang
        let shown = population.shownFigures
        let isFull = shown != nil && population.isCurrent(population.fullFigures)
        let size = isFull ? population.full.size : population.sample.size
        let title = Strings.popConsoleTitle.format(lang, PopulationNumbers.count(size, lang),
                                                   isFull ? Strings.popConsoleFullWord(lang) : Strings.popConsoleSampleWord(lang),
                                                   String(population.day), String(population.sample.days), population.ruleset.title.resolve(lang))
        grid.fill(row: 0, col: 0, width: grid.width, height: 1, role: .header)
        _ = grid.put(" " + title, row: 0, col: 0, role: .header, maxWidth: grid.width, ellipsis: true)
        // The notice, and at the right whether the figures are up to date.
        let freshness: (String, Role)
        if population.isRecomputing || population.sampleJob != nil && !isFull {
            freshness = (Strings.popConsoleComputing(lang), .accent)
        } else if let shown {
            freshness = (Strings.popConsoleUpToDate.format(lang, seconds(shown.elapsed, lang)), .dim)
        } else {
            freshness = ("", .dim)
        }
        let freshWidth = DisplayWidth.of(freshness.0)
        _ = grid.put(" " + Strings.popConsoleNotice(lang), row: 1, col: 0, role: .illustrative, maxWidth: grid.width - freshWidth - 2, ellipsis: true)
        _ = grid.put(freshness.0, row: 1, col: max(0, grid.width - freshWidth - 1), role: freshness.1)

        // The setting list grows with the height; the panes keep at least a dozen rows.
        let listed = max(1, min(population.ruleset.parameters.count, grid.height - 26, 7))
        let curveRows = population.ruleset.alerts.count + 3
        let labTop = 2
        let paneTop = labTop + 1 + listed + curveRows
        drawLab(population, lang: lang, top: labTop, listed: listed, into: &grid)
        drawPanes(population, figures: shown, lang: lang, top: paneTop, bottom: grid.height - 3, into: &grid)
        drawFullLine(population, lang: lang, row: grid.height - 2, into: &grid)
    }

    // MARK: Lab

    static func drawLab(_ population: PopulationScreen, lang: Lang, top: Int, listed: Int, into grid: inout CellGrid) {
        let glyphs = grid.glyphs
        let parameters = population.ruleset.parameters
        grid.horizontalLine(row: top, col: 0, width: grid.width)
        guard !parameters.isEmpty else {
            _ = grid.put(" " + Strings.labNoParameters(lang) + " ", row: top, col: 2, role: .dim, maxWidth: grid.width - 3)
            return
        }
        let selected = min(population.selection, parameters.count - 1)
        _ = grid.put(" " + Strings.popConsoleLabTitle.format(lang, String(selected + 1), String(parameters.count)) + " ", row: top, col: 2, role: .title, maxWidth: grid.width - 3)
        let first = max(0, min(selected - listed / 2, parameters.count - listed))
        let labelWidth = max(16, min(44, grid.width - 44))
        for offset in 0..<listed {
            let index = first + offset
            guard index < parameters.count else { break }
            let parameter = parameters[index]
            let row = top + 1 + offset
            let isSelected = index == selected
            let value = population.parameters[index], start = population.startingParameters[index]
            let role: Role = isSelected ? .selected : (value != start ? .watch : .normal)
            if isSelected {
                grid.fill(row: row, col: 0, width: grid.width, height: 1, role: .selected)
                grid.cursor = (row, 1)
            }
            let mark = isSelected ? glyphs.pointer : (value != start ? (glyphs.mark(for: .watch) ?? "*") : " ")
            var col = grid.put(mark + " " + TextLayout.pad(parameter.label.resolve(lang), labelWidth) + " ", row: row, col: 0, role: role, maxWidth: labelWidth + 3, ellipsis: true)
            let unit = parameter.unit.map { " " + $0.resolve(lang) } ?? ""
            let arrows = isSelected ? glyphs.arrows.left + " " : "  "
            col = grid.put(arrows + NumberText.decimal(value, lang, decimals: 3) + unit + (isSelected ? " " + glyphs.arrows.right : ""), row: row, col: col, role: role)
            let detail = "   " + Strings.popConsoleStart.format(lang, NumberText.decimal(start, lang, decimals: 3)) + " · "
                + Strings.popConsoleRange.format(lang, NumberText.decimal(parameter.min, lang, decimals: 3), NumberText.decimal(parameter.max, lang, decimals: 3))
            _ = grid.put(detail, row: row, col: col, role: isSelected ? .selected : .dim, maxWidth: max(0, grid.width - col - 1), ellipsis: true)
        }
        drawCurve(population, parameter: selected, lang: lang, top: top + 1 + listed, into: &grid)
    }

    /// One sparkline per alert (and « at least one ») over the setting's range, the current value marked.
    static func drawCurve(_ population: PopulationScreen, parameter: Int, lang: Lang, top: Int, into grid: inout CellGrid) {
        let glyphs = grid.glyphs
        let definition = population.ruleset.parameters[parameter]
        guard let curve = population.currentCurve, curve.claimants > 0 else {
            _ = grid.put(" " + Strings.popConsoleCurveComputing(lang), row: top, col: 0, role: .dim, maxWidth: grid.width - 1, ellipsis: true)
            return
        }
        _ = grid.put(" " + Strings.popConsoleCurveHeader.format(lang, NumberText.decimal(definition.min, lang, decimals: 3), NumberText.decimal(definition.max, lang, decimals: 3)),
                     row: top, col: 0, role: .dim, maxWidth: grid.width - 1, ellipsis: true)
        let labelWidth = max(14, min(32, grid.width / 3))
        // Each value gets the same number of cells, as many as fit.
        let cellsPerValue = max(1, min(3, (grid.width - labelWidth - 14) / max(1, curve.values.count)))
        let current = curve.nearestIndex(to: population.parameters[parameter])
        let exact = curve.values[current] == population.parameters[parameter]
        let total = Double(curve.claimants)
        let series: [(String, [Int])] = [(Strings.popAnyAlert(lang), curve.flagged)]
            + population.ruleset.alerts.enumerated().map { ($0.element.label.resolve(lang), curve.alerts[$0.offset]) }
        for (offset, (label, counts)) in series.enumerated() {
            let row = top + 1 + offset
            let shares = counts.flatMap { Array(repeating: Double($0) / total, count: cellsPerValue) }
            var col = grid.put(" " + TextLayout.pad(label, labelWidth), row: row, col: 0, role: offset == 0 ? .title : .normal, maxWidth: labelWidth + 1, ellipsis: true)
            col = grid.put(" " + glyphs.sparkline(shares, range: 0...1), row: row, col: col, role: .chart)
            let share = PopulationNumbers.percent(Double(counts[current]) / total, lang)
            _ = grid.put("  " + (exact ? share : "≈ " + share), row: row, col: col, role: .alert, maxWidth: max(0, grid.width - col))
        }
        // The current value under the charts.
        let row = top + 1 + series.count
        let chartLeft = labelWidth + 2
        let markerCol = chartLeft + current * cellsPerValue
        _ = grid.put(glyphs.arrows.up + " " + NumberText.decimal(population.parameters[parameter], lang, decimals: 3), row: row, col: markerCol, role: .accent,
                     maxWidth: max(0, grid.width - markerCol))
    }

    // MARK: Panes

    static func drawPanes(_ population: PopulationScreen, figures: PopulationFigures?, lang: Lang, top: Int, bottom: Int, into grid: inout CellGrid) {
        grid.horizontalLine(row: top, col: 0, width: grid.width)
        let groupings = population.groupings
        let grouping = groupings.isEmpty ? "" : groupings[min(population.grouping, groupings.count - 1)].attribute
        var names: [(PopulationScreen.Pane, String)] = [(.figures, Strings.popConsolePaneFigures(lang)),
                                                         (.groups, Strings.popConsolePaneGroups.format(lang, Strings.groupingText(grouping, lang))),
                                                         (.distributions, Strings.popConsolePaneDistributions(lang))]
        if population.hasTrainedScore { names.append((.capacity, Strings.capPane(lang))) }
        var col = 2
        for (pane, name) in names {
            col = grid.put(" " + name + " ", row: top, col: col, role: pane == population.pane ? .selected : .dim, maxWidth: max(0, grid.width - col - 1))
            col += 1
        }
        let area = PaneArea(top: top + 1, left: 0, width: grid.width, height: max(0, bottom - top))
        guard let figures else {
            _ = grid.put(" " + Strings.popConsoleWaiting(lang), row: top + 1, col: 0, role: .dim, maxWidth: grid.width - 1)
            return
        }
        let lines: [PaneLine]
        switch population.pane {
        case .figures: lines = PopulationPanes.figures(figures.report, lang: lang, width: grid.width - 2)
        case .groups: lines = PopulationPanes.groups(figures.report, attribute: grouping, lang: lang, width: grid.width - 2)
        case .distributions: lines = PopulationPanes.distributions(figures.report, lang: lang, width: grid.width - 2, glyphs: grid.glyphs)
        case .capacity: lines = PopulationCapacityPane.lines(figures, recomputing: population.isRecomputing, lang: lang, width: grid.width - 2)
        }
        PaneDrawing.draw(lines, area: area, scroll: population.scroll, selected: nil, into: &grid)
    }

    // MARK: Whole population

    static func drawFullLine(_ population: PopulationScreen, lang: Lang, row: Int, into grid: inout CellGrid) {
        let size = PopulationNumbers.count(population.full.size, lang)
        if let progress = population.fullProgress {
            let prefixWidth = DisplayWidth.of(Strings.popConsoleFullRunning.format(lang, size, ""))
            let bar = ProgressLine.render(fraction: progress.fraction, elapsed: progress.elapsed, width: max(20, grid.width - prefixWidth - 4),
                                          lang: lang, glyphs: grid.glyphs)
            _ = grid.put(" " + Strings.popConsoleFullRunning.format(lang, size, bar), row: row, col: 0, role: .accent, maxWidth: grid.width - 1, ellipsis: true)
        } else if population.isCurrent(population.fullFigures), let full = population.fullFigures {
            _ = grid.put(" " + Strings.popConsoleFullShown.format(lang, size, seconds(full.elapsed, lang)), row: row, col: 0, role: .ok, maxWidth: grid.width - 1, ellipsis: true)
        } else {
            _ = grid.put(" " + Strings.popConsoleFullOffer.format(lang, PopulationNumbers.count(population.sample.size, lang), size),
                         row: row, col: 0, role: .dim, maxWidth: grid.width - 1, ellipsis: true)
        }
    }

    /// `0,21 s`, `12,4 s`.
    static func seconds(_ duration: Duration, _ lang: Lang) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        let text = String(format: value < 10 ? "%.2f s" : "%.1f s", value)
        return lang == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
