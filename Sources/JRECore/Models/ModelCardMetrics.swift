/// The figures of a model card: how well scores rank the labels, and what a control capacity selects.
///
/// Kept small and pure so the card, the tests and the console compute them the same way.
public enum ModelCardMetrics {
    /// The area under the ROC curve: the chance that a random positive scores above a random negative
    /// (ties count half). NaN without both classes.
    public static func auc(scores: [Double], labels: [Bool]) -> Double {
        let positives = labels.filter { $0 }.count, negatives = labels.count - positives
        guard positives > 0, negatives > 0 else { return .nan }
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var rankSum = 0.0, position = 0
        while position < order.count {
            var end = position
            while end + 1 < order.count, scores[order[end + 1]] == scores[order[position]] { end += 1 }
            let rank = Double(position + end) / 2 + 1
            for index in position...end where labels[order[index]] { rankSum += rank }
            position = end + 1
        }
        return (rankSum - Double(positives) * Double(positives + 1) / 2) / (Double(positives) * Double(negatives))
    }

    /// The indices of the `capacity` share of rows with the highest scores (at least one; ties by index).
    public static func selected(scores: [Double], capacity: Double) -> [Int] {
        let count = max(1, min(scores.count, Int((Double(scores.count) * capacity).rounded())))
        return Array(scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.prefix(count))
    }

    /// Among the rows `selected` (see ``selected(scores:capacity:)``), the share whose label is true.
    public static func precision(selected: [Int], labels: [Bool]) -> Double {
        guard !selected.isEmpty else { return .nan }
        return Double(selected.filter { labels[$0] }.count) / Double(selected.count)
    }

    /// Whether a group's selection rate (for an adverse outcome such as a control) passes the
    /// four-fifths rule: the least selected group's rate is at least 0.8 × this one's.
    public static func passesFourFifths(selectionRate rate: Double, lowest: Double) -> Bool {
        rate <= 0 || lowest >= 0.8 * rate
    }
}
