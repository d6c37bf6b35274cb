import JRECore
import JREText

/// What a national control capacity selects with a trained score: the cut, the honest people
/// controlled, and the false-positive rate of each group.
public struct CapacityReport: Sendable {
    /// Job-search controls in 2024, and the target for 2027: orders of magnitude only (see `docs/sources.md`).
    public static let controls2024 = 610_780
    public static let target2027 = 1_500_000

    /// One group's selection under the capacity.
    public struct GroupLine: Sendable {
        public var value: String
        public var people: Int
        public var honest: Int
        public var selected: Int
        public var honestSelected: Int
        /// Honest people selected among the group's honest people.
        public var falsePositiveRate: Double?
        /// The false-positive rate divided by the reference group's.
        public var ratio: Double?
        public var isReference: Bool

        public var ratioOutsideTolerance: Bool { ratio.map { !PopulationReport.tolerance.contains($0) } ?? false }
    }

    public struct GroupTable: Sendable {
        public var attribute: String
        public var reference: String
        public var lines: [GroupLine]
        /// The same groups as a model card reads them: selection and false-positive rates against the
        /// hidden truth, their ratios to the reference group and the four-fifths flags.
        public var rates: [ModelCardMetrics.GroupRates]
    }

    public let capacity: Int
    public let scoreID: String
    public let scoreLabel: LocalizedText
    /// The lowest score selected (the lower edge of the cut bin).
    public let cut: Double
    public let sampleSize: Int
    public let selected: Int
    public let honestSelected: Int
    public let fraudSelected: Int
    public let frauds: Int
    public let groups: [GroupTable]
    /// The selection against the hidden truth over the whole sample: precision (defrauders among the
    /// controlled), recall (defrauders controlled), false-positive rate (honest people controlled).
    public let confusion: ModelCardMetrics.Confusion

    /// Reads `outcome` at `capacity` national controls.
    public init(outcome: CapacityRun.Outcome, rules: PopulationRules, capacity: Int) {
        self.capacity = capacity
        scoreID = rules.ruleset.scores[outcome.score].id
        scoreLabel = rules.ruleset.scores[outcome.score].label
        let bins = CapacityRun.bins
        let scored = outcome.overall.reduce(0, +)
        sampleSize = scored + outcome.unscored
        let share = min(1, Double(capacity) / Double(PopulationReport.nationalClaimants))
        let wanted = Int((share * Double(sampleSize)).rounded())
        // Whole bins from the top until the capacity is reached.
        var cutBin = bins, taken = 0
        while cutBin > 0, taken < wanted {
            cutBin -= 1
            taken += outcome.overall[cutBin] + outcome.overall[bins + cutBin]
        }
        cut = Double(cutBin) / Double(bins)
        func above(_ counts: [Int], truth: Int) -> Int { counts[(truth * bins + cutBin)..<(truth * bins + bins)].reduce(0, +) }
        func all(_ counts: [Int], truth: Int) -> Int { counts[(truth * bins)..<(truth * bins + bins)].reduce(0, +) }
        honestSelected = above(outcome.overall, truth: 0)
        fraudSelected = above(outcome.overall, truth: 1)
        selected = honestSelected + fraudSelected
        frauds = all(outcome.overall, truth: 1)
        func confusionOf(_ counts: [Int]) -> ModelCardMetrics.Confusion {
            var result = ModelCardMetrics.Confusion()
            result.truePositives = above(counts, truth: 1)
            result.falsePositives = above(counts, truth: 0)
            result.falseNegatives = all(counts, truth: 1) - result.truePositives
            result.trueNegatives = all(counts, truth: 0) - result.falsePositives
            return result
        }
        confusion = confusionOf(outcome.overall)
        groups = outcome.groupings.enumerated().map { grouping, definition in
            let rows = outcome.groups[grouping]
            let lines = rows.indices.map { value -> GroupLine in
                let honest = all(rows[value], truth: 0), honestSelected = above(rows[value], truth: 0)
                return GroupLine(value: definition.values[value], people: honest + all(rows[value], truth: 1), honest: honest,
                                 selected: honestSelected + above(rows[value], truth: 1), honestSelected: honestSelected,
                                 falsePositiveRate: honest > 0 ? Double(honestSelected) / Double(honest) : nil, ratio: nil, isReference: false)
            }
            let reference = lines.indices.max { lines[$0].people < lines[$1].people } ?? 0
            let base = lines[reference].falsePositiveRate
            let compared = lines.enumerated().map { index, line -> GroupLine in
                var line = line
                line.isReference = index == reference
                if let rate = line.falsePositiveRate, let base, base > 0 { line.ratio = rate / base }
                return line
            }
            let counts = rows.indices.map { value in
                ModelCardMetrics.GroupCounts(value: definition.values[value], size: lines[value].people, selected: lines[value].selected,
                                             confusion: confusionOf(rows[value]))
            }
            let rates = ModelCardMetrics.groupRates(counts: counts, reference: reference).filter { $0.size > 0 }
            return GroupTable(attribute: definition.attribute, reference: definition.values[reference], lines: compared.filter { $0.people > 0 },
                              rates: rates)
        }
    }

    /// `count` of the sample, projected onto the 5.49 million.
    public func national(_ count: Int) -> Double? {
        sampleSize > 0 ? Double(count) / Double(sampleSize) * Double(PopulationReport.nationalClaimants) : nil
    }

    /// The section as aligned text, in `lang`.
    public func text(_ lang: Lang) -> String {
        let n = { (value: Int) in PopulationNumbers.count(value, lang) }
        let pct = { (share: Double?) in PopulationNumbers.percent(share, lang) }
        let people = { (value: Double?) in PopulationNumbers.people(value, lang) }
        let source: String
        switch capacity {
        case Self.controls2024: source = Strings.capSource2024(lang)
        case Self.target2027: source = Strings.capSource2027(lang)
        default: source = Strings.capSourceChosen(lang)
        }
        let share = Double(capacity) / Double(PopulationReport.nationalClaimants)
        var lines = [Strings.capHeader.format(lang, n(capacity), pct(min(1, share)), people(Double(PopulationReport.nationalClaimants)), source)]
        lines.append("  " + Strings.capNotPublic(lang))
        lines.append(Strings.capCut.format(lang, scoreLabel.resolve(lang), NumberText.decimal(cut, lang, decimals: 3), String(CapacityRun.bins),
                                           pct(sampleSize > 0 ? Double(selected) / Double(sampleSize) : nil)))
        let honestShare = selected > 0 ? Double(honestSelected) / Double(selected) : nil
        lines.append(Strings.capNational.format(lang, people(national(selected)), people(national(honestSelected)), pct(honestShare),
                                                people(national(fraudSelected)), people(national(frauds - fraudSelected))))
        for table in groups {
            lines.append("")
            lines.append(Strings.capGroupHeader.format(lang, Strings.groupingText(table.attribute, lang), Strings.groupValueText(table.attribute, table.reference, lang)))
            let headers = [Strings.popPeople(lang), Strings.capControlled(lang), Strings.capFalsePositives(lang), "ratio", Strings.capHonestControlled(lang)]
            let widths = [12, 10, 14, 8, 28]
            // The values in words, as wide as the longest so that no column moves.
            let labelWidth = max(22, table.lines.map { Strings.groupValueText(table.attribute, $0.value, lang).count }.max() ?? 0)
            func row(_ label: String, _ cells: [String]) -> String {
                var text = "    " + label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
                for (cell, width) in zip(cells, widths) { text += "  " + String(repeating: " ", count: max(0, width - cell.count)) + cell }
                return text
            }
            lines.append(row("", headers))
            for line in table.lines {
                let ratio = PopulationNumbers.ratio(line.ratio, lang) + (line.ratioOutsideTolerance ? " !" : "  ")
                lines.append(row(Strings.groupValueText(table.attribute, line.value, lang), [n(line.people), pct(line.people > 0 ? Double(line.selected) / Double(line.people) : nil),
                                              pct(line.falsePositiveRate), ratio, people(national(line.honestSelected))]))
            }
        }
        lines.append("")
        lines.append(Strings.capLegend(lang))
        return lines.joined(separator: "\n") + "\n"
    }
}
