import JRECore
import JREPopulation
import JREText
import JRETerminal

/// The lines of the population screen's panes, built from the same report as `population evaluate`.
enum PopulationPanes {
    // MARK: Figures

    /// Alerts (people, share, new this week), false alerts, projections to France and per advisor, levels, advice.
    static func figures(_ report: PopulationReport, lang: Lang, width available: Int) -> [PaneLine] {
        let n = { (value: Int) in PopulationNumbers.count(value, lang) }
        let pct = { (share: Double?) in PopulationNumbers.percent(share, lang) }
        let rules = report.rules
        let names = rules.alerts.map { $0.label.resolve(lang).isEmpty ? $0.id : $0.label.resolve(lang) }
        // The labels give way to the numbers on narrow screens (cut with an ellipsis).
        let width = max(14, min(max(24, (names + [Strings.popAnyAlert(lang)]).map(\.count).max() ?? 24), available - 39))
        func row(_ label: String, _ cells: [String], role: Role) -> PaneLine {
            var text = DisplayWidth.of(label) > width ? DisplayWidth.truncated(label, toWidth: width, ellipsis: "…") : TextLayout.pad(label, width)
            for (cell, cellWidth) in zip(cells, [11, 8, 16]) { text += " " + String(repeating: " ", count: max(0, cellWidth - cell.count)) + cell }
            return PaneLine(text, role)
        }
        var lines: [PaneLine] = []
        lines.append(row(Strings.popAlertsHeader.format(lang, String(report.day)),
                         [Strings.popPeople(lang), Strings.popShare(lang), report.hasWeeklyOnsets ? Strings.popNewThisWeek(lang) : ""], role: .dim))
        for (index, name) in names.enumerated() {
            lines.append(row(name, [n(report.alerts[index].count), pct(report.alerts[index].share),
                                    report.hasWeeklyOnsets ? n(report.tally.alertOnsets[index]) : ""], role: .alert))
        }
        lines.append(row(Strings.popAnyAlert(lang), [n(report.flagged.count), pct(report.flagged.share),
                                                     report.hasWeeklyOnsets ? n(report.tally.newlyFlagged) : ""], role: .title))
        if let falseAlerts = report.falseAlerts {
            lines.append(PaneLine(Strings.popConsoleFalseAlerts.format(lang, pct(falseAlerts.share), n(report.tally.activeSearchers)), .watch))
        }
        if report.tally.faults > 0 {
            let example = report.tally.firstFaults.first.map { FaultText.describe($0.fault, lang: lang) } ?? ""
            lines.append(PaneLine(Strings.popFaults.format(lang, n(report.tally.faults), example), .error))
        }
        lines.append(PaneLine(""))
        lines.append(PaneLine(Strings.popConsoleNational.format(lang, PopulationNumbers.people(Double(PopulationReport.nationalClaimants), lang)), .dim))
        var projected = [(Strings.popAnyAlert(lang), PopulationReport.national(report.flagged))]
        projected += names.indices.map { (names[$0], PopulationReport.national(report.alerts[$0])) }
        for (label, value) in projected {
            lines.append(PaneLine(runs: [("  " + TextLayout.pad(label, width) + " ", .normal), (PopulationNumbers.people(value, lang), .accent)]))
        }
        if let perAdvisor = report.flaggedPerAdvisor, let weekly = report.newAlertsPerAdvisorWeek {
            let caseloads = PopulationReport.caseloads
            lines.append(PaneLine(Strings.popConsoleAdvisor.format(lang, String(caseloads[0]), String(caseloads[1]),
                                                                   PopulationNumbers.average(perAdvisor[0], lang), PopulationNumbers.average(perAdvisor[1], lang),
                                                                   PopulationNumbers.average(weekly[0], lang), PopulationNumbers.average(weekly[1], lang)), .normal))
        }
        lines.append(PaneLine(""))
        lines.append(PaneLine(Strings.popLevelsHeader(lang), .dim))
        for (score, shares) in report.levels {
            let definition = rules.scores[score]
            var runs: [(String, Role)] = [("  " + TextLayout.pad(definition.label.resolve(lang), width) + " ", .normal)]
            for (index, level) in definition.levels.enumerated() {
                if index > 0 { runs.append((" · ", .dim)) }
                runs.append((level.displayLabel(lang) + " " + pct(shares[index].share), ScreenRenderer.role(level.severity)))
            }
            lines.append(PaneLine(runs: runs))
        }
        if !rules.advice.isEmpty {
            lines.append(PaneLine(""))
            lines.append(PaneLine(Strings.popAdviceHeader(lang), .dim))
            for (index, entry) in rules.advice.enumerated() {
                lines.append(PaneLine("  " + TextLayout.pad(pct(report.advice[index].share), 8) + "« " + entry.text.resolve(lang) + " »"))
            }
        }
        return lines
    }

    // MARK: Groups

    /// One grouping's table: people, share flagged and its ratio to the reference group, per alert when
    /// the width allows, and the false-alert rate; ratios outside the four-fifths tolerance marked.
    static func groups(_ report: PopulationReport, attribute: String, lang: Lang, width: Int) -> [PaneLine] {
        guard let table = report.groups.first(where: { $0.attribute == attribute }) else { return [] }
        let pct = { (share: Double?) in PopulationNumbers.percent(share, lang) }
        let display = { (value: String) in value.isEmpty ? Strings.popMissingValue(lang) : Strings.groupValueText(table.attribute, value, lang) }
        let labelWidth = min(24, max(10, table.lines.map { display($0.value).count }.max() ?? 10))
        let alerts = report.rules.alerts.count
        // Columns: people, ≥ 1 alert, ratio, [A1, ratio]…, false alerts; per-alert columns only if they fit.
        let baseWidth = labelWidth + 11 + 9 + 8 + 12
        let perAlert = width >= baseWidth + alerts * 16 ? alerts : 0
        var header = [Strings.popPeople(lang), Strings.popConsoleWithAlert(lang), "ratio"]
        for index in 0..<perAlert { header += ["A\(index + 1)", "ratio"] }
        header.append(Strings.popFalseAlertsShort(lang))
        var widths = [11, 9, 8] + Array(repeating: [8, 8], count: perAlert).flatMap { $0 } + [12]
        for index in widths.indices { widths[index] = max(widths[index], header[index].count + 1) }
        func cells(_ label: String, _ values: [(String, Role)], role: Role) -> PaneLine {
            var runs: [(String, Role)] = [(TextLayout.pad(label, labelWidth), role)]
            for ((text, cellRole), cellWidth) in zip(values, widths) {
                runs.append((String(repeating: " ", count: max(1, cellWidth - text.count)) + text, cellRole))
            }
            return PaneLine(runs: runs)
        }
        func ratio(_ value: Double?, outside: Bool) -> (String, Role) {
            (PopulationNumbers.ratio(value, lang) + (outside ? " !" : "  "), outside ? .alert : .normal)
        }
        var lines = [PaneLine(Strings.popGroupHeader.format(lang, Strings.groupingText(table.attribute, lang), display(table.reference)), .title)]
        lines.append(cells("", header.map { ($0, .dim) }, role: .dim))
        for line in table.lines {
            var values: [(String, Role)] = [(PopulationNumbers.count(line.claimants, lang), .normal), (pct(line.flagged.share), .normal),
                                            ratio(line.ratio, outside: line.ratioOutsideTolerance)]
            for alert in 0..<perAlert {
                values += [(pct(line.alerts[alert].share), .normal), ratio(line.alertRatios[alert], outside: line.alertRatioOutside(alert))]
            }
            values.append((pct(line.falseAlerts?.share), .watch))
            lines.append(cells(display(line.value), values, role: line.isReference ? .title : .normal))
        }
        lines.append(PaneLine(""))
        lines.append(PaneLine(Strings.popConsoleGroupsLegend(lang), .dim))
        if perAlert > 0 {
            lines.append(PaneLine(report.rules.alerts.enumerated().map { "A\($0.offset + 1) = \($0.element.label.resolve(lang))" }.joined(separator: " · "), .dim))
        }
        return lines
    }

    // MARK: Distributions

    /// Each score's histogram as a three-row column chart from its lowest to its highest value, with its levels' shares.
    static func distributions(_ report: PopulationReport, lang: Lang, width: Int, glyphs: Glyphs) -> [PaneLine] {
        let pct = { (share: Double?) in PopulationNumbers.percent(share, lang) }
        var lines: [PaneLine] = []
        for (score, definition) in report.rules.scores.enumerated() where !definition.levels.isEmpty {
            let (bins, never, _) = report.tally.histogram(score: score)
            var runs: [(String, Role)] = [(definition.label.resolve(lang) + "  ", .title)]
            let shares = report.tally.claimants > 0 ? definition.levels.indices.map { Double(report.tally.levelCount(score: score, level: $0)) / Double(report.tally.claimants) } : []
            for (index, level) in definition.levels.enumerated() where index < shares.count {
                if index > 0 { runs.append((" · ", .dim)) }
                runs.append((level.displayLabel(lang) + " " + pct(shares[index]), ScreenRenderer.role(level.severity)))
            }
            lines.append(PaneLine(runs: runs))
            guard let first = bins.firstIndex(where: { $0 > 0 }), let last = bins.lastIndex(where: { $0 > 0 }) else {
                if never > 0 { lines.append(PaneLine("  " + Strings.popConsoleNever.format(lang, PopulationNumbers.count(never, lang)), .dim)) }
                lines.append(PaneLine(""))
                continue
            }
            // Whole-number bins, merged when there are more than the width allows.
            let available = max(8, width - 4)
            let span = last - first + 1
            let merge = (span + available - 1) / available
            let columns = (span + merge - 1) / merge
            let cellsPerColumn = max(1, min(3, available / columns))
            let counts = (0..<columns).map { column in (0..<merge).reduce(0) { $0 + (first + column * merge + $1 <= last ? bins[first + column * merge + $1] : 0) } }
            let highest = Double(counts.max() ?? 1)
            let rows = 3
            for level in (0..<rows).reversed() {
                let text = counts.map { count -> String in
                    let eighths = Int((Double(count) / highest * Double(rows * 8)).rounded()) - level * 8
                    let cell = eighths <= 0 ? " " : glyphs.sparkLevels[min(7, eighths - 1)]
                    return String(repeating: cell, count: cellsPerColumn)
                }.joined()
                lines.append(PaneLine("  " + text, .chart))
            }
            let low = first + PopulationTally.histogramLow, high = last + PopulationTally.histogramLow
            var axis = "  " + Strings.popConsoleHistogramRange.format(lang, String(low), String(high))
            if never > 0 { axis += " · " + Strings.popConsoleNever.format(lang, PopulationNumbers.count(never, lang)) }
            lines.append(PaneLine(axis, .dim))
            lines.append(PaneLine(""))
        }
        return lines
    }
}
