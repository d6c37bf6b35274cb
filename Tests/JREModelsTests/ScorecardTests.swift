import JRECore
import Testing

/// Logistic scorecards in YAML: loading, located errors, and contributions that add up.
@Suite struct ScorecardTests {
    static let yaml = """
    scorecard: Example scorecard
    intercept: -2.5
    features:
      - name: changes_of_situation
        weight: 0.42
        label: Changes of situation (12 months)
        source: reconstruction
      - name: months_registered
        weight: -0.03
    """

    @Test func readsNamesWeightsAndLabels() throws {
        let card = try ScorecardReader.read(text: Self.yaml, file: "card.yaml")
        #expect(card.name == "Example scorecard")
        #expect(card.featureNames == ["changes_of_situation", "months_registered"])
        #expect(card.features[0].label == "Changes of situation (12 months)")
        #expect(card.features[0].source == "reconstruction")
        #expect(card.features[1].label == nil)
    }

    @Test func contributionsAreWeightTimesValueAndAddUpToTheMargin() throws {
        let card = try ScorecardReader.read(text: Self.yaml, file: "card.yaml")
        let row: [Float] = [3, 20]
        let explained = card.explain(row)
        #expect(explained.bias == card.intercept)
        for (index, feature) in card.features.enumerated() {
            #expect(explained.contributions[index] == feature.weight * Double(row[index]))
        }
        #expect(abs(explained.contributions.reduce(explained.bias, +) - explained.margin) < 1e-12)
        #expect(abs(explained.score - ModelObjective.binaryLogistic.score(margin: explained.margin)) < 1e-15)
        // One more unit of a feature moves the margin by its weight.
        let more = card.explain([4, 20])
        #expect(abs(more.margin - explained.margin - card.features[0].weight) < 1e-12)
    }

    @Test func aMissingValueContributesNothing() throws {
        let card = try ScorecardReader.read(text: Self.yaml, file: "card.yaml")
        let explained = card.explain([.nan, 20])
        #expect(explained.contributions[0] == 0)
        #expect(explained.margin == card.explain([0, 20]).margin)
    }

    @Test func aWeightThatIsNotANumberIsLocated() {
        let text = Self.yaml.replacingOccurrences(of: "weight: -0.03", with: "weight: heavy")
        #expect(throws: ModelFileError(file: "card.yaml", place: .position(line: 9, column: 13), message: "expected a number, found 'heavy'")) {
            try ScorecardReader.read(text: text, file: "card.yaml")
        }
    }

    @Test func yamlSyntaxAndMissingKeysAreLocated() {
        #expect(throws: ModelFileError.self) { try ScorecardReader.read(text: "intercept: [1,\n", file: "bad.yaml") }
        do {
            _ = try ScorecardReader.read(text: "intercept: 1\nfeatures:\n  - weight: 2\n", file: "bad.yaml")
            Issue.record("a feature without a name must not load")
        } catch {
            #expect(error.place == .position(line: 3, column: 5))
        }
        do {
            _ = try ScorecardReader.read(text: "intercept: 1\nfeatures: []\nweights: 3\n", file: "bad.yaml")
            Issue.record("an unknown key must not load")
        } catch {
            #expect(error.place == .position(line: 3, column: 1))
        }
    }
}
