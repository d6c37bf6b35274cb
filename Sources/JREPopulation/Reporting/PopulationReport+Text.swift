import JRECore
import JREText

extension PopulationReport {
    /// The report as aligned text, in `lang`; histograms are drawn with `glyphs` (``Glyphs/ascii``: no block characters).
    public func text(_ lang: Lang, glyphs: Glyphs = .unicode) -> String {
        var lines: [String] = []
        let n = { (value: Int) in PopulationNumbers.count(value, lang) }
        let pct = { (share: Double?) in PopulationNumbers.percent(share, lang) }
        switch origin {
        case .synthetic(let population):
            lines.append(Strings.popTitleSynthetic.format(lang, n(population.size), String(population.days), String(population.seed)))
        case .folder(let path, let claimants):
            lines.append(Strings.popTitleFolder.format(lang, path, n(claimants)))
        }
        lines.append(Strings.popRulesLine.format(lang, rules.title.resolve(lang).isEmpty ? rules.id : "\(rules.id) — \(rules.title.resolve(lang))", String(day), String(days)))
        if !changedParameters.isEmpty {
            // By their labels, with the values as people write them (the CSV and JSON keep the ids).
            let list = changedParameters.map { changed in
                let label = rules.parameters.first { $0.id == changed.id }?.label.resolve(lang) ?? changed.id
                return "\(label) = \(NumberText.decimal(changed.value, lang, decimals: 3)) (\(NumberText.decimal(changed.defaultValue, lang, decimals: 3)))"
            }
            lines.append(Strings.reportChangedParameters.format(lang, list.joined(separator: ", ")))
        }
        if tally.faults > 0 {
            let example = tally.firstFaults.first.map { FaultText.describe($0.fault, lang: lang) } ?? ""
            lines.append(Strings.popFaults.format(lang, n(tally.faults), example))
        }

        // Alerts
        lines.append("")
        let alertNames = rules.alerts.map { $0.label.resolve(lang).isEmpty ? $0.id : $0.label.resolve(lang) }
        // One label column for alerts, scores and projections: wide enough that no name is cut.
        let scoreNames = levels.map { rules.scores[$0.score].label.resolve(lang) }
        let width = max(24, (alertNames + scoreNames + [Strings.popAnyAlert(lang)]).map(\.count).max() ?? 24)
        func row(_ label: String, _ cells: [String], widths: [Int]) -> String {
            var text = "  " + label.padding(toLength: width, withPad: " ", startingAt: 0)
            for (cell, cellWidth) in zip(cells, widths) { text += "  " + String(repeating: " ", count: max(0, cellWidth - cell.count)) + cell }
            return text
        }
        let alertWidths = [12, 8, 14]
        lines.append(row(Strings.popAlertsHeader.format(lang, String(day)), [Strings.popPeople(lang), Strings.popShare(lang), Strings.popNewThisWeek(lang)], widths: alertWidths))
        for (index, name) in alertNames.enumerated() {
            lines.append(row(name, [n(alerts[index].count), pct(alerts[index].share), n(tally.alertOnsets[index])], widths: alertWidths))
        }
        lines.append(row(Strings.popAnyAlert(lang), [n(flagged.count), pct(flagged.share), n(tally.newlyFlagged)], widths: alertWidths))

        // Levels and advice
        lines.append("")
        lines.append(Strings.popLevelsHeader(lang))
        for (score, shares) in levels {
            let definition = rules.scores[score]
            let parts = definition.levels.indices.map { "\(definition.levels[$0].displayLabel(lang)) \(pct(shares[$0].share))" }
            lines.append("  " + definition.label.resolve(lang).padding(toLength: width, withPad: " ", startingAt: 0) + "  " + parts.joined(separator: " · "))
        }
        if !rules.advice.isEmpty {
            lines.append("")
            lines.append(Strings.popAdviceHeader(lang))
            for (index, entry) in rules.advice.enumerated() {
                lines.append("  " + pct(advice[index].share).padding(toLength: 8, withPad: " ", startingAt: 0) + "« " + entry.text.resolve(lang) + " »")
            }
        }

        // False alerts
        lines.append("")
        if let falseAlerts, let byAlert = falseAlertsByAlert {
            lines.append(Strings.popFalseAlerts.format(lang, pct(falseAlerts.share), n(tally.activeSearchers)))
            for (index, name) in alertNames.enumerated() { lines.append("  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + pct(byAlert[index].share)) }
        } else {
            lines.append(Strings.popFalseAlertsUnknown(lang))
        }

        // Projections
        lines.append("")
        lines.append(Strings.popNationalHeader.format(lang, PopulationNumbers.people(Double(Self.nationalClaimants), lang)))
        lines.append("  " + Strings.popAnyAlert(lang).padding(toLength: width, withPad: " ", startingAt: 0) + "  " + PopulationNumbers.people(Self.national(flagged), lang))
        for (index, name) in alertNames.enumerated() {
            lines.append("  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + PopulationNumbers.people(Self.national(alerts[index]), lang))
        }
        lines.append(Strings.popAdvisorHeader.format(lang, String(Self.caseloads[0]), String(Self.caseloads[1])))
        if let perAdvisor = flaggedPerAdvisor, let weekly = newAlertsPerAdvisorWeek {
            lines.append("  " + Strings.popAdvisorFlagged.format(lang, PopulationNumbers.average(perAdvisor[0], lang), PopulationNumbers.average(perAdvisor[1], lang)))
            lines.append("  " + Strings.popAdvisorNew.format(lang, PopulationNumbers.average(weekly[0], lang), PopulationNumbers.average(weekly[1], lang)))
        }

        // Groups
        for table in groups {
            lines.append("")
            lines += groupLines(table, alertNames: alertNames, lang: lang)
        }
        if groups.contains(where: { $0.lines.contains { $0.ratioOutsideTolerance || $0.alertRatios.indices.contains(where: $0.alertRatioOutside) } }) || !groups.isEmpty {
            lines.append("")
            lines.append(Strings.popToleranceLegend(lang))
            lines.append(alertNames.enumerated().map { "A\($0.offset + 1) = \($0.element)" }.joined(separator: " · "))
        }

        // Histograms
        lines.append("")
        lines.append(Strings.popHistogramsHeader(lang))
        for (score, _) in levels {
            lines.append(histogramLine(score, labelWidth: width, lang: lang, glyphs: glyphs))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func groupLines(_ table: GroupTable, alertNames: [String], lang: Lang) -> [String] {
        let pct = { (share: Double?) in PopulationNumbers.percent(share, lang) }
        let display = { (value: String) in value.isEmpty ? Strings.popMissingValue(lang) : Strings.groupValueText(table.attribute, value, lang) }
        let labelWidth = max(12, table.lines.map { display($0.value).count }.max() ?? 12)
        var header = [Strings.popPeople(lang), Strings.popAnyAlertShort(lang), "ratio"]
        for index in alertNames.indices { header += ["A\(index + 1)", "ratio"] }
        header.append(Strings.popFalseAlertsShort(lang))
        var widths = header.map { max(8, $0.count) }
        widths[0] = max(widths[0], 11)
        func mark(_ text: String, _ outside: Bool) -> String { outside ? text + " !" : text + "  " }
        var lines = [Strings.popGroupHeader.format(lang, Strings.groupingText(table.attribute, lang), display(table.reference))]
        func render(_ label: String, _ cells: [String]) -> String {
            var text = "  " + label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            for (cell, width) in zip(cells, widths) { text += " " + String(repeating: " ", count: max(0, width - cell.count)) + cell }
            return text
        }
        lines.append(render("", header))
        for line in table.lines {
            var cells = [PopulationNumbers.count(line.claimants, lang), pct(line.flagged.share),
                         mark(PopulationNumbers.ratio(line.ratio, lang), line.ratioOutsideTolerance)]
            for alert in alertNames.indices {
                cells += [pct(line.alerts[alert].share), mark(PopulationNumbers.ratio(line.alertRatios[alert], lang), line.alertRatioOutside(alert))]
            }
            cells.append(pct(line.falseAlerts?.share))
            lines.append(render(display(line.value), cells))
        }
        return lines
    }

    /// One score's histogram as a row of bars from its lowest to its highest whole value (at most 40 columns).
    private func histogramLine(_ score: Int, labelWidth: Int, lang: Lang, glyphs: Glyphs) -> String {
        let (bins, never, _) = tally.histogram(score: score)
        let label = "  " + rules.scores[score].label.resolve(lang).padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "  "
        guard let first = bins.firstIndex(where: { $0 > 0 }), let last = bins.lastIndex(where: { $0 > 0 }) else {
            return label + (never > 0 ? "\(Strings.popNever(lang)) \(PopulationNumbers.percent(Double(never) / Double(max(1, tally.claimants)), lang))" : "—")
        }
        let span = last - first + 1, columns = min(40, span)
        var heights = [Int](repeating: 0, count: columns)
        for bin in first...last { heights[(bin - first) * columns / span] += bins[bin] }
        let highest = max(1, heights.max() ?? 1)
        let levels = glyphs.histogramLevels
        let bars = heights.map { levels[$0 == 0 ? 0 : max(1, Int((Double($0) / Double(highest) * 8).rounded(.up)))] }.joined()
        var text = label + NumberText.count(first + PopulationTally.histogramLow, lang) + " " + bars + " " + NumberText.count(last + PopulationTally.histogramLow, lang)
        if never > 0 { text += "  · \(Strings.popNever(lang)) \(PopulationNumbers.percent(Double(never) / Double(max(1, tally.claimants)), lang))" }
        return text
    }
}
