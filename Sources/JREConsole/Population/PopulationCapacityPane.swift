import JRECore
import JREPopulation
import JREText
import JRETerminal

/// The population screen's capacity pane: the ruleset's trained score read as France's control
/// capacity (610,780 controls in 2024, 1.5 million targeted by 2027), against the synthetic
/// population's hidden fraud — the cut, the honest people controlled, precision and recall, and per
/// group the selection and false-positive rates with the four-fifths flags.
enum PopulationCapacityPane {
    static func lines(_ figures: PopulationFigures, recomputing: Bool, lang: Lang, width: Int) -> [PaneLine] {
        var lines: [PaneLine] = []
        if recomputing { lines.append(PaneLine(Strings.capConsoleComputing(lang), .accent)) }
        guard let reports = figures.capacity, let first = reports.first else { return lines }
        let n = { (value: Int) in NumberText.count(value, lang) }
        let pct = { (share: Double?) in share.map { NumberText.percent($0, lang) } ?? "—" }
        let people = { (value: Double?) in PopulationNumbers.people(value, lang) }
        func wrapped(_ text: String, _ role: Role) {
            for line in TextLayout.wrap(text, width: max(20, width), hangingIndent: 2) { lines.append(PaneLine(line, role)) }
        }
        wrapped(Strings.capConsoleTitle.format(lang, first.scoreLabel.resolve(lang)), .title)
        wrapped(Strings.capNotPublic(lang), .illustrative)
        wrapped(Strings.capConsoleTruth.format(lang, n(first.frauds), n(first.sampleSize)), .dim)
        for report in reports {
            let source: String
            switch report.capacity {
            case CapacityReport.controls2024: source = Strings.capSource2024(lang)
            case CapacityReport.target2027: source = Strings.capSource2027(lang)
            default: source = Strings.capSourceChosen(lang)
            }
            let share = min(1, Double(report.capacity) / Double(PopulationReport.nationalClaimants))
            lines.append(PaneLine(""))
            wrapped(Strings.capConsoleCapacity.format(lang, n(report.capacity), pct(share),
                                                      people(Double(PopulationReport.nationalClaimants)), source), .title)
            let selectedShare = report.sampleSize > 0 ? Double(report.selected) / Double(report.sampleSize) : nil
            lines.append(PaneLine(Strings.capConsoleCut.format(lang, NumberText.decimal(report.cut, lang, decimals: 4), pct(selectedShare))))
            let honestShare = report.selected > 0 ? Double(report.honestSelected) / Double(report.selected) : nil
            lines.append(PaneLine(runs: [(Strings.capConsoleHonest.format(lang, people(report.national(report.honestSelected)), pct(honestShare)), .watch)]))
            wrapped(Strings.capConsolePrecision.format(lang, pct(report.confusion.precision), pct(report.confusion.recall)), .normal)
            // The model card's groupings, in its order.
            for attribute in ModelCardMetrics.cardGroupings {
                if let table = report.groups.first(where: { $0.attribute == attribute }) { lines += groupLines(table, lang: lang) }
            }
        }
        lines.append(PaneLine(""))
        wrapped(Strings.capConsoleLegend(lang), .dim)
        return lines
    }

    /// One grouping's table: people, selection rate and ratio, false-positive rate and ratio (! outside the tolerance).
    static func groupLines(_ table: CapacityReport.GroupTable, lang: Lang) -> [PaneLine] {
        let pct = { (share: Double?) in share.map { NumberText.percent($0, lang) } ?? "—" }
        let labelWidth = min(24, max(12, table.rates.map { DisplayWidth.of(Strings.groupValueText(table.attribute, $0.value, lang)) }.max() ?? 12))
        let widths = [11, 11, 8, 11, 8]
        func row(_ label: String, _ cells: [(String, Role)], role: Role) -> PaneLine {
            var runs: [(String, Role)] = [("    " + TextLayout.pad(label, labelWidth), role)]
            for ((text, cellRole), width) in zip(cells, widths) {
                runs.append((String(repeating: " ", count: max(1, width - DisplayWidth.of(text))) + text, cellRole))
            }
            return PaneLine(runs: runs)
        }
        func ratio(_ value: Double?, _ flagged: Bool) -> (String, Role) {
            (PopulationNumbers.ratio(value, lang) + (flagged ? " !" : "  "), flagged ? .alert : .normal)
        }
        var lines = [PaneLine(Strings.capConsoleGroups.format(lang, Strings.groupingText(table.attribute, lang), Strings.groupValueText(table.attribute, table.reference, lang)), .dim)]
        lines.append(row("", [Strings.popPeople(lang), Strings.capConsoleSelection(lang), "ratio", Strings.capConsoleFalsePositives(lang), "ratio"]
            .map { ($0, Role.dim) }, role: .dim))
        for rates in table.rates {
            lines.append(row(Strings.groupValueText(table.attribute, rates.value, lang), [(NumberText.count(rates.size, lang), .normal), (pct(rates.selectionRate), .normal),
                                           ratio(rates.selectionRatio, rates.selectionFlag), (pct(rates.falsePositiveRate), .watch),
                                           ratio(rates.falsePositiveRatio, rates.falsePositiveFlag)],
                             role: rates.value == table.reference ? .title : .normal))
        }
        return lines
    }
}
