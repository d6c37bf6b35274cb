import Foundation
import JRECore
import Testing

/// CSV rows for `model predict`: columns matched by name, empty cells missing, located errors.
@Suite struct FeatureTableTests {
    @Test func columnsAreMatchedByNameAndEmptyCellsAreMissing() throws {
        let csv = "id,b,a\n1,2.5,\n2,,-3\r\n\"3\",1e2,4\n"
        let table = try FeatureTable.read(csv: csv, features: ["a", "b"], file: "rows.csv")
        #expect(table.rowCount == 3)
        #expect(table.row(0)[0].isNaN)
        #expect(table.row(0)[1] == 2.5)
        #expect(table.row(1)[0] == -3)
        #expect(table.row(1)[1].isNaN)
        #expect(table.row(2) == [4, 100])
    }

    @Test func aMissingColumnOrABadCellIsLocated() {
        #expect(throws: ModelFileError.self) { try FeatureTable.read(csv: "a\n1\n", features: ["a", "b"], file: "rows.csv") }
        do {
            _ = try FeatureTable.read(csv: "a,b\n1,2\n3,lots\n", features: ["a", "b"], file: "rows.csv")
            Issue.record("a word is not a number")
        } catch {
            #expect(error.place == .position(line: 3, column: 3))
            #expect(error.description.hasPrefix("rows.csv:3:3: error:"))
        }
        do {
            _ = try FeatureTable.read(csv: "a,b\n1,2,3\n", features: ["a", "b"], file: "rows.csv")
            Issue.record("a row with too many cells must not load")
        } catch {
            #expect(error.place == .position(line: 2, column: 1))
        }
    }
}

/// What `model predict` writes: one row per input row, contributions adding up to the margin.
@Suite struct ModelPredictionWriterTests {
    static func fixtureModel() throws -> TrainedModel {
        try TrainedModel.read(path: Fixtures.path("xgb3-categorical.json"))
    }

    @Test func csvWithContributionsHasScoreFeaturesAndBias() throws {
        let model = try Self.fixtureModel()
        let table = try FeatureTable.read(csv: try Fixtures.text("xgb3-categorical-rows.csv"), features: model.featureNames, file: "rows")
        let lines = ModelPredictionWriter.render(model, table, contributions: true, format: .csv).split(separator: "\n")
        #expect(lines.first == Substring((["score"] + model.featureNames + ["bias"]).joined(separator: ",")))
        #expect(lines.count == table.rowCount + 1)
        let expected = try Fixtures.expected("xgb3-categorical-expected.csv")
        for (row, line) in lines.dropFirst().enumerated() {
            let numbers = line.split(separator: ",").compactMap { Double($0) }
            #expect(numbers.count == model.featureNames.count + 2)
            #expect(abs(numbers[0] - expected[row].score) < 1e-5)
            let margin = numbers.dropFirst().reduce(0, +)
            #expect(abs(margin - expected[row].margin) < 1e-5)
        }
    }

    @Test func jsonParsesAndNamesEachContribution() throws {
        let model = try Self.fixtureModel()
        let table = try FeatureTable.read(csv: try Fixtures.text("xgb3-categorical-rows.csv"), features: model.featureNames, file: "rows")
        let text = ModelPredictionWriter.render(model, table, contributions: true, format: .json)
        let rows = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        #expect(rows?.count == table.rowCount)
        let contributions = rows?.first?["contributions"] as? [String: Double]
        #expect(Set(contributions?.keys.map { $0 } ?? []) == Set(model.featureNames))
        let plain = ModelPredictionWriter.render(model, table, contributions: false, format: .csv)
        #expect(plain.split(separator: "\n").count == table.rowCount + 1)
    }

    @Test func summaryNamesKindObjectiveTreesAndDepth() throws {
        let summary = try Self.fixtureModel().summary
        #expect(summary.contains("kind: tree-ensemble"))
        #expect(summary.contains("objective: binary:logistic"))
        #expect(summary.contains("trees: 12"))
        #expect(summary.contains("sector (categorical)"))
    }

    @Test func theSummaryAndTheTableErrorsSpeakFrenchToAFrenchReader() throws {
        let summary = try Self.fixtureModel().summary(.fr)
        #expect(summary.contains("genre : forêt d'arbres boostés"))
        #expect(summary.contains("arbres : 12"))
        #expect(summary.contains("sector (catégorielle)"))
        #expect(!summary.contains("kind:"))
        do {
            _ = try FeatureTable.read(csv: "a,b\n1\n", features: ["a", "b"], file: "rows.csv")
            Issue.record("a short row was read")
        } catch {
            #expect(error.render(.fr) == "rows.csv:2:1: error: nombre de cellules : 1, mais l'en-tête en a 2")
        }
    }
}
