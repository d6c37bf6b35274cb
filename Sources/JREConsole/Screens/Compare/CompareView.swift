import JRECore
import JREText
import JRETerminal

/// The same claimants through every ruleset of the scenario, side by side: support or control?
enum CompareView {
    static func draw(_ state: AppState, _ compare: CompareScreen, into grid: inout CellGrid) {
        guard let workshop = state.workshop else { return }
        let lang = state.lang
        HeaderView.draw(workshop, lang: lang, into: &grid)
        _ = grid.put(" " + Strings.compareTitle.format(lang, String(workshop.day)), row: 2, col: 0, role: .title, maxWidth: grid.width, ellipsis: true)
        let simulations = workshop.rulesets
        guard simulations.count > 1 else {
            _ = grid.put(" " + Strings.rulesetNoAlternative(lang), row: 4, col: 0, role: .dim, maxWidth: grid.width)
            return
        }
        let nameWidth = min(24, grid.width / 4)
        let columnWidth = max(10, (grid.width - nameWidth - 2) / simulations.count)
        var col = grid.put(" " + TextLayout.pad(Strings.consoleColumnName(lang), nameWidth), row: 3, col: 0, role: .dim, maxWidth: nameWidth + 1)
        for simulation in simulations {
            col = grid.put(TextLayout.pad(" " + simulation.ruleset.title.resolve(lang), columnWidth), row: 3, col: col, role: .title, maxWidth: columnWidth)
        }
        // Each ruleset at its own values: the current one as tuned, the others at their starting values.
        let results = simulations.map { simulation in
            simulation.evaluate(day: workshop.day, parameters: simulation.ruleset.id == workshop.ruleset.id ? workshop.parameters : simulation.startingParameters)
        }
        let claimants = workshop.scenario.claimants
        let first = min(compare.offset, max(0, claimants.count - (grid.height - 6)))
        for (offset, index) in claimants.indices.dropFirst(first).enumerated() {
            let row = 4 + offset
            guard row < grid.height - 2 else { break }
            var col = grid.put(" " + TextLayout.pad(claimants[index].name, nameWidth), row: row, col: 0, role: .normal, maxWidth: nameWidth + 1)
            for (which, simulation) in simulations.enumerated() {
                let (text, role) = verdict(results[which][index], simulation.ruleset, lang: lang, glyphs: grid.glyphs)
                col = grid.put(TextLayout.pad(" " + text, columnWidth), row: row, col: col, role: role, maxWidth: columnWidth, ellipsis: true)
            }
        }
    }

    /// A claimant's verdict under a ruleset: its alerts, else the worst level, as text with a glyph;
    /// a ruleset with a trained score (the CAF's scorecards) shows that score's value first, so two
    /// models are compared number against number.
    static func verdict(_ result: ClaimantResult, _ ruleset: Ruleset, lang: Lang, glyphs: Glyphs) -> (String, Role) {
        if result.fault != nil { return ("!", .error) }
        if let trained = ruleset.scores.firstIndex(where: { $0.model != nil }), result.scoreValues.indices.contains(trained),
           result.scoreValues[trained].isFinite {
            var plain = ruleset
            plain.scores[trained].model = nil
            let (text, role) = verdict(result, plain, lang: lang, glyphs: glyphs)
            return (NumberText.decimal(result.scoreValues[trained], lang, decimals: 2) + " " + text, role)
        }
        let alerts = ruleset.alerts.indices.filter { result.alerts[$0] }.map { ruleset.alerts[$0].label.resolve(lang) }
        var worst: (Severity, String)?
        for (index, level) in result.levels.enumerated() {
            guard let level else { continue }
            let definition = ruleset.scores[index].levels[level]
            let rank = [Severity.ok, .watch, .alert].firstIndex(of: definition.severity) ?? 0
            if worst == nil || rank > ([Severity.ok, .watch, .alert].firstIndex(of: worst!.0) ?? 0) {
                worst = (definition.severity, definition.displayLabel(lang))
            }
        }
        if !alerts.isEmpty {
            return ((glyphs.mark(for: .alert) ?? "!") + " " + alerts.joined(separator: ", "), .alert)
        }
        if let (severity, label) = worst {
            return (ScreenRenderer.mark(severity, glyphs) + " " + label, ScreenRenderer.role(severity))
        }
        return ("—", .dim)
    }
}
