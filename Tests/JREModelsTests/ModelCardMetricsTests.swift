import Foundation
import Testing
import JRECore

/// The model card's metrics against scikit-learn and pandas: `Fixtures/model-card/make_fixture.py`
/// computed `expected.json` from `people.csv` (2,000 fictional people, ties in the scores, a third
/// labelled), independently of this code.
@Suite struct ModelCardMetricsTests {
    struct Person {
        var score: Double
        var label: Int?
        var nationalite: String
        var revenus: String
    }

    static func people() throws -> [Person] {
        let lines = try Fixtures.text("model-card/people.csv").split(separator: "\n").dropFirst()
        return try lines.map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            try #require(cells.count == 4)
            return Person(score: try #require(Double(cells[0])), label: Int(cells[1]), nationalite: cells[2], revenus: cells[3])
        }
    }

    static func expected() throws -> [String: Any] {
        let data = try #require(try Fixtures.text("model-card/expected.json").data(using: .utf8))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func close(_ value: Double?, _ expected: Any?, _ what: String) {
        if expected is NSNull || expected == nil {
            #expect(value == nil, "\(what)")
        } else {
            let number = (expected as? NSNumber)?.doubleValue ?? .nan
            #expect(value.map { abs($0 - number) < 1e-12 } == true, "\(what): \(String(describing: value)) vs \(number)")
        }
    }

    @Test func aucPrecisionAndRecallAmongTheControlledAgreeWithScikitLearn() throws {
        let people = try Self.people(), expected = try Self.expected()
        let scores = people.map(\.score), labels = people.map(\.label)
        let capacity = try #require(expected["capacity"] as? Int)
        Self.close(ModelCardMetrics.auc(scores: scores, labels: labels), expected["auc"], "auc")
        let selected = ModelCardMetrics.selection(scores: scores, capacity: capacity)
        #expect(selected.filter { $0 }.count == capacity)
        let confusion = ModelCardMetrics.confusion(selected: selected, labels: labels)
        let counts = try #require(expected["confusion"] as? [String: Int])
        #expect(confusion.truePositives == counts["tp"])
        #expect(confusion.falsePositives == counts["fp"])
        #expect(confusion.falseNegatives == counts["fn"])
        #expect(confusion.trueNegatives == counts["tn"])
        #expect(confusion.labelled == expected["labelled"] as? Int)
        Self.close(confusion.precision, expected["precision"], "precision")
        Self.close(confusion.recall, expected["recall"], "recall")
    }

    @Test func ratesPerGroupAndFourFifthsFlagsAgreeWithPandas() throws {
        let people = try Self.people(), expected = try Self.expected()
        let capacity = try #require(expected["capacity"] as? Int)
        let selected = ModelCardMetrics.selection(scores: people.map(\.score), capacity: capacity)
        let groups = try #require(expected["groups"] as? [String: [String: Any]])
        var flags = 0
        for (attribute, values, value) in [("nationalite", ["francaise", "ue", "hors_ue"], { (person: Person) in person.nationalite }),
                                           ("revenus", ["modestes", "intermediaires", "aises"], { (person: Person) in person.revenus })] {
            let codes = people.map { Int32(values.firstIndex(of: value($0)) ?? -1) }
            let rows = ModelCardMetrics.groupRates(selected: selected, labels: people.map(\.label), groups: codes, values: values)
            let table = try #require(groups[attribute]?["rows"] as? [[String: Any]])
            try #require(rows.count == table.count)
            for (row, reference) in zip(rows, table) {
                let what = "\(attribute)=\(row.value)"
                #expect(row.value == reference["value"] as? String)
                #expect(row.size == reference["size"] as? Int, "\(what)")
                #expect(row.selected == reference["selected"] as? Int, "\(what)")
                #expect(row.confusion.falsePositives == reference["false_positives"] as? Int, "\(what)")
                #expect(row.confusion.falsePositives + row.confusion.trueNegatives == reference["negatives"] as? Int, "\(what)")
                Self.close(row.selectionRate, reference["selection_rate"], "\(what) selection rate")
                Self.close(row.selectionRatio, reference["selection_ratio"], "\(what) selection ratio")
                Self.close(row.falsePositiveRate, reference["false_positive_rate"], "\(what) false-positive rate")
                Self.close(row.falsePositiveRatio, reference["false_positive_ratio"], "\(what) false-positive ratio")
                #expect(row.selectionFlag == reference["selection_flag"] as? Bool, "\(what)")
                #expect(row.falsePositiveFlag == reference["false_positive_flag"] as? Bool, "\(what)")
                flags += (row.selectionFlag ? 1 : 0) + (row.falsePositiveFlag ? 1 : 0)
            }
        }
        #expect(flags > 0, "the fixture exercises the flags")
    }

    @Test func edgeCasesHaveNoFigureRatherThanAWrongOne() {
        #expect(ModelCardMetrics.auc(scores: [0.1, 0.9], labels: [1, 1]) == nil)
        #expect(ModelCardMetrics.auc(scores: [0.1, 0.9, 0.5], labels: [0, 1, nil]) == 1)
        #expect(ModelCardMetrics.auc(scores: [0.5, 0.5], labels: [0, 1]) == 0.5)
        let none = ModelCardMetrics.confusion(selected: [false, false], labels: [0, nil])
        #expect(none.precision == nil)
        #expect(none.recall == nil)
        #expect(ModelCardMetrics.selection(scores: [.nan, 0.2, 0.2, 0.1], capacity: 2) == [false, true, true, false])
        #expect(ModelCardMetrics.flagged(nil) == false)
        #expect(ModelCardMetrics.flagged(0.79) && ModelCardMetrics.flagged(1.26) && !ModelCardMetrics.flagged(0.8))
        // 610,780 controls a year over 5.49 million people, for a 100,000-person sample over one month.
        #expect(ModelCardMetrics.capacity(perMonth: 610_780.0 / 12, months: 1, population: 5_490_000, sample: 100_000) == 927)
    }
}
