/// One group's figures at a control capacity: how many people, how many selected, and among the
/// honest (when the hidden truth is known) how many selected anyway.
public struct ModelGroupRate: Sendable, Equatable {
    public var value: String
    public var people: Int
    public var selected: Int
    /// People who did not defraud (nil without the hidden truth), and those of them selected.
    public var honest: Int?
    public var honestSelected: Int?
    /// False when a less selected group's rate is under 0.8 × this one's (``ModelCardMetrics/passesFourFifths(selectionRate:lowest:)``).
    public var passesFourFifths: Bool

    public var selectionRate: Double { people > 0 ? Double(selected) / Double(people) : .nan }
    /// Honest people selected, over the honest people of the group.
    public var falsePositiveRate: Double? {
        guard let honest, let honestSelected else { return nil }
        return honest > 0 ? Double(honestSelected) / Double(honest) : .nan
    }
}

extension ModelCardMetrics {
    /// Per value of one grouping (each row's value, in row order), the selection and false-positive
    /// rates of the rows `selected`, and the four-fifths flag against the least selected group.
    /// Values are sorted; `honest` (one per row) is the hidden truth when the simulation knows it.
    public static func groupRates(values: [String], selected: [Int], honest: [Bool]? = nil) -> [ModelGroupRate] {
        let chosen = Set(selected)
        var rows: [String: ModelGroupRate] = [:]
        for (index, value) in values.enumerated() {
            var row = rows[value] ?? ModelGroupRate(value: value, people: 0, selected: 0, honest: honest == nil ? nil : 0,
                                                    honestSelected: honest == nil ? nil : 0, passesFourFifths: true)
            row.people += 1
            let isSelected = chosen.contains(index)
            if isSelected { row.selected += 1 }
            if let honest, honest[index] {
                row.honest? += 1
                if isSelected { row.honestSelected? += 1 }
            }
            rows[value] = row
        }
        var result = rows.values.sorted { $0.value < $1.value }
        let lowest = result.map(\.selectionRate).min() ?? 0
        for index in result.indices {
            result[index].passesFourFifths = passesFourFifths(selectionRate: result[index].selectionRate, lowest: lowest)
        }
        return result
    }

    /// Among the rows whose label is true, the share that is `selected` (NaN without any).
    public static func recall(selected: [Int], labels: [Bool]) -> Double {
        let positives = labels.filter { $0 }.count
        guard positives > 0 else { return .nan }
        return Double(selected.filter { labels[$0] }.count) / Double(positives)
    }
}
