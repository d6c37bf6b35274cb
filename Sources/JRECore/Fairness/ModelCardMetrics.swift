/// What a model card measures, as pure functions of scores, labels and groups: the AUC, who a
/// control capacity selects, precision and recall among the controlled, and per group the selection
/// and false-positive rates with their four-fifths flags.
///
/// Labels are `Int?` per person: 1 (fraud found), 0 (controlled, nothing found), nil (never
/// controlled: no label). Every rate is computed among the labelled only, except the selection
/// rate, which counts everyone. Checked against scikit-learn and pandas on a committed fixture
/// (`Tests/JREModelsTests/Fixtures/model-card/make_fixture.py`).
public enum ModelCardMetrics {
    /// A ratio to the reference group outside this range is flagged (the « four fifths » rule and its inverse).
    public static let tolerance = 0.8...1.25

    /// The profile attributes a model card and the model screen report rates for, when the population has them.
    public static let cardGroupings = ["nationalite", "revenus", "acces_numerique", "tranche_age"]

    /// Each person's group as an index into the sorted distinct `values` (-1 where the value is missing),
    /// as ``groupRates(selected:labels:groups:values:reference:)`` reads them.
    public static func groupCodes(_ texts: [String?]) -> (values: [String], codes: [Int32]) {
        let values = Array(Set(texts.compactMap { $0 })).sorted()
        let index = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, Int32($0)) })
        return (values, texts.map { text in text.flatMap { index[$0] } ?? -1 })
    }

    /// The area under the ROC curve of `scores` among labelled people: the chance that a positive
    /// scores above a negative, ties counting one half. Nil without a positive or a negative.
    public static func auc(scores: [Double], labels: [Int?]) -> Double? {
        var pairs: [(score: Double, positive: Bool)] = []
        pairs.reserveCapacity(scores.count)
        for (score, label) in zip(scores, labels) { if let label { pairs.append((score, label == 1)) } }
        let positives = pairs.filter(\.positive).count, negatives = pairs.count - positives
        guard positives > 0, negatives > 0 else { return nil }
        pairs.sort { $0.score < $1.score }
        // Mann–Whitney: the positives' mid-ranks among all labelled scores.
        var rankSum = 0.0, start = 0
        while start < pairs.count {
            var end = start
            while end + 1 < pairs.count, pairs[end + 1].score == pairs[start].score { end += 1 }
            let midRank = Double(start + end) / 2 + 1
            for index in start...end where pairs[index].positive { rankSum += midRank }
            start = end + 1
        }
        let p = Double(positives), n = Double(negatives)
        return (rankSum - p * (p + 1) / 2) / (p * n)
    }

    /// Who a capacity of `capacity` controls selects: the `capacity` highest scores, ties broken by
    /// order (the earlier person first). NaN scores are never selected.
    public static func selection(scores: [Double], capacity: Int) -> [Bool] {
        var selected = [Bool](repeating: false, count: scores.count)
        let order = scores.indices.filter { !scores[$0].isNaN }.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        for index in order.prefix(max(0, capacity)) { selected[index] = true }
        return selected
    }

    /// Counts of the selected and the not selected among labelled people.
    public struct Confusion: Sendable, Equatable {
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0

        public init() {}

        /// Of the labelled people selected, the share with a fraud found (nil when none is selected).
        public var precision: Double? { ratio(truePositives, truePositives + falsePositives) }
        /// Of the labelled people with a fraud found, the share selected.
        public var recall: Double? { ratio(truePositives, truePositives + falseNegatives) }
        /// Of the labelled people without a fraud found, the share selected: honest people controlled.
        public var falsePositiveRate: Double? { ratio(falsePositives, falsePositives + trueNegatives) }
        public var labelled: Int { truePositives + falsePositives + falseNegatives + trueNegatives }

        private func ratio(_ part: Int, _ whole: Int) -> Double? { whole > 0 ? Double(part) / Double(whole) : nil }
    }

    /// The confusion counts of `selected` against `labels`, over the labelled people (of `members` when given).
    public static func confusion(selected: [Bool], labels: [Int?], members: ((Int) -> Bool)? = nil) -> Confusion {
        var counts = Confusion()
        for index in selected.indices {
            guard let label = labels[index], members?(index) ?? true else { continue }
            switch (selected[index], label == 1) {
            case (true, true): counts.truePositives += 1
            case (true, false): counts.falsePositives += 1
            case (false, true): counts.falseNegatives += 1
            case (false, false): counts.trueNegatives += 1
            }
        }
        return counts
    }

    /// One group's rates and their ratios to the reference group.
    public struct GroupRates: Sendable, Equatable {
        public var value: String
        public var size: Int
        public var selected: Int
        public var confusion: Confusion
        /// Selected members / members (labelled or not); nil for an empty group.
        public var selectionRate: Double?
        public var selectionRatio: Double?
        public var falsePositiveRatio: Double?

        public var falsePositiveRate: Double? { confusion.falsePositiveRate }
        /// The ratio to the reference group is outside ``ModelCardMetrics/tolerance``.
        public var selectionFlag: Bool { ModelCardMetrics.flagged(selectionRatio) }
        public var falsePositiveFlag: Bool { ModelCardMetrics.flagged(falsePositiveRatio) }
    }

    /// One group's counts, as ``groupRates(counts:reference:)`` reads them: members, members
    /// selected, and the confusion counts of its labelled members (or of all of them, against a known truth).
    public struct GroupCounts: Sendable, Equatable {
        public var value: String
        public var size: Int
        public var selected: Int
        public var confusion: Confusion

        public init(value: String, size: Int, selected: Int, confusion: Confusion) {
            self.value = value
            self.size = size
            self.selected = selected
            self.confusion = confusion
        }
    }

    /// Rates per group from counts already made (a histogram over millions of people, say), with the
    /// ratios to `reference` when given, else to the largest group (the first of equals).
    public static func groupRates(counts: [GroupCounts], reference: Int? = nil) -> [GroupRates] {
        var rows = counts.map { GroupRates(value: $0.value, size: $0.size, selected: $0.selected, confusion: $0.confusion,
                                           selectionRate: nil, selectionRatio: nil, falsePositiveRatio: nil) }
        return withRatios(&rows, reference: reference)
    }

    /// Rates per value of one grouping. `groups[i]` is person `i`'s index into `values` (-1: none);
    /// the reference is `reference` when given, else the largest group (the first of equals).
    public static func groupRates(selected: [Bool], labels: [Int?], groups: [Int32], values: [String], reference: Int? = nil) -> [GroupRates] {
        var rows = values.map { GroupRates(value: $0, size: 0, selected: 0, confusion: Confusion(), selectionRate: nil, selectionRatio: nil, falsePositiveRatio: nil) }
        for index in selected.indices {
            let group = Int(groups[index])
            guard rows.indices.contains(group) else { continue }
            rows[group].size += 1
            if selected[index] { rows[group].selected += 1 }
            guard let label = labels[index] else { continue }
            switch (selected[index], label == 1) {
            case (true, true): rows[group].confusion.truePositives += 1
            case (true, false): rows[group].confusion.falsePositives += 1
            case (false, true): rows[group].confusion.falseNegatives += 1
            case (false, false): rows[group].confusion.trueNegatives += 1
            }
        }
        return withRatios(&rows, reference: reference)
    }

    /// Fills each row's selection rate and both ratios to the reference row.
    private static func withRatios(_ rows: inout [GroupRates], reference: Int?) -> [GroupRates] {
        for index in rows.indices where rows[index].size > 0 {
            rows[index].selectionRate = Double(rows[index].selected) / Double(rows[index].size)
        }
        let largest = rows.indices.max { rows[$0].size < rows[$1].size || (rows[$0].size == rows[$1].size && $0 > $1) }
        guard let base = reference ?? largest, rows.indices.contains(base) else { return rows }
        for index in rows.indices {
            rows[index].selectionRatio = ratio(rows[index].selectionRate, rows[base].selectionRate)
            rows[index].falsePositiveRatio = ratio(rows[index].falsePositiveRate, rows[base].falsePositiveRate)
        }
        return rows
    }

    /// `value / reference`, nil when either is missing or the reference is zero.
    public static func ratio(_ value: Double?, _ reference: Double?) -> Double? {
        guard let value, let reference, reference != 0 else { return nil }
        return value / reference
    }

    /// Whether a ratio is outside the four-fifths tolerance (a missing ratio is not flagged).
    public static func flagged(_ ratio: Double?) -> Bool {
        guard let ratio else { return false }
        return !tolerance.contains(ratio)
    }

    /// How many people a capacity of `perMonth` controls a month selects over `months` months, out of
    /// `population` people represented by `sample` (a sample's share of a national capacity), at least 0.
    public static func capacity(perMonth: Double, months: Double, population: Double, sample: Int) -> Int {
        guard population > 0 else { return 0 }
        return max(0, Int((perMonth * months * Double(sample) / population).rounded()))
    }
}
