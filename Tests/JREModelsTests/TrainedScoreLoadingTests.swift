import Foundation
@testable import JRECore
import JRETraining
import Testing

/// Bad trained scores are located errors (the ruleset's line:column, the model file's JSON path or
/// line:column), never a crash; `check` exits 2 on them (see the end-to-end test).
@Suite struct TrainedScoreLoadingTests {
    static let people = TrainedScoreFixture.people(count: 5, seed: 1)
    static let json: String = {
        (try? TrainedScoreFixture.booster(oneHot: false, trees: 3, depth: 2)).flatMap { try? $0.jsonModel() }.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }()

    static func errors(ruleset: String, models: [String: String]) -> [Diagnostic] {
        TrainedScoreFixture.load(ruleset: ruleset, people: people, models: models).diagnostics.errors
    }

    /// The 1-based line of the first line of `text` containing `needle`, and the column of `needle` in it.
    static func position(of needle: String, in text: String) -> (line: Int, column: Int)? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: needle) { return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1) }
        }
        return nil
    }

    @Test func theRightFilesLoadWithoutDiagnostic() {
        let ruleset = TrainedScoreFixture.ruleset(features: TrainedScoreFixture.features(oneHot: false))
        #expect(Self.errors(ruleset: ruleset, models: ["models/m.json": Self.json]).isEmpty)
    }

    @Test func aMissingModelFileIsReportedAtTheModelKey() throws {
        let ruleset = TrainedScoreFixture.ruleset(features: TrainedScoreFixture.features(oneHot: false), model: "models/absent.json")
        let error = try #require(Self.errors(ruleset: ruleset, models: ["models/m.json": Self.json]).first)
        let expected = try #require(Self.position(of: "models/absent.json", in: ruleset))
        #expect((error.file, error.line, error.column) == ("bundled:rulesets/r.yaml", expected.line, expected.column))
        #expect(error.message.render(.en).contains("bundled:rulesets/models/absent.json"))
    }

    @Test func aModelFileThatIsNotJSONIsLocatedInIt() throws {
        let ruleset = TrainedScoreFixture.ruleset(features: TrainedScoreFixture.features(oneHot: false))
        let errors = Self.errors(ruleset: ruleset, models: ["models/m.json": "{\"learner\": [1, 2,, 3]}"])
        let inModel = try #require(errors.first { $0.file == "bundled:rulesets/models/m.json" })
        #expect((inModel.line, inModel.column) == (1, 19))
        #expect(errors.contains { $0.file == "bundled:rulesets/r.yaml" && $0.message.render(.en).contains("not JSON") })
    }

    @Test func aChildIndexOutOfRangeAndAnUnknownObjectiveNameTheirJSONPath() throws {
        let ruleset = TrainedScoreFixture.ruleset(features: TrainedScoreFixture.features(oneHot: false))
        let objective = Self.json.replacingOccurrences(of: "\"name\":\"binary:logistic\"", with: "\"name\":\"binary:hinge\"")
        #expect(objective != Self.json)
        let error = try #require(Self.errors(ruleset: ruleset, models: ["models/m.json": objective]).first)
        #expect(error.message.render(.en).contains("learner.objective.name"), "\(error.message.render(.en))")
        #expect(error.message.render(.en).contains("binary:hinge"))
        let child = Self.json.replacingOccurrences(of: "\"left_children\":[1,", with: "\"left_children\":[99,")
        #expect(child != Self.json)
        let childError = try #require(Self.errors(ruleset: ruleset, models: ["models/m.json": child]).first)
        #expect(childError.message.render(.en).contains("left_children[0]"), "\(childError.message.render(.en))")
    }

    @Test func aFeatureCountThatDisagreesIsReportedAtFeatures() throws {
        let features = TrainedScoreFixture.features(oneHot: false).split(separator: "\n").dropLast().joined(separator: "\n") + "\n"
        let ruleset = TrainedScoreFixture.ruleset(features: features)
        let error = try #require(Self.errors(ruleset: ruleset, models: ["models/m.json": Self.json]).first)
        let expected = try #require(Self.position(of: "features:", in: ruleset))
        #expect((error.line, error.column) == (expected.line, expected.column))
        #expect(error.message.render(.en).contains("3 features (x, g, logins)"))
    }

    @Test func aFeatureNamedOtherwiseThanInTheModelIsReportedAtItsName() throws {
        let features = TrainedScoreFixture.features(oneHot: false).replacingOccurrences(of: "logins:", with: "connexions:")
        let ruleset = TrainedScoreFixture.ruleset(features: features)
        let error = try #require(Self.errors(ruleset: ruleset, models: ["models/m.json": Self.json]).first)
        let expected = try #require(Self.position(of: "connexions:", in: ruleset))
        #expect((error.line, error.column) == (expected.line, expected.column))
        #expect(error.message.render(.en).contains("'logins'"))
    }

    @Test func aCategoricalFeatureNeedsItsCategoriesAndANumberHasNone() throws {
        let without = TrainedScoreFixture.features(oneHot: false).replacingOccurrences(of: "categories: [a, b, c], ", with: "")
        let error = try #require(Self.errors(ruleset: TrainedScoreFixture.ruleset(features: without), models: ["models/m.json": Self.json]).first)
        #expect(error.message.render(.en).contains("categorical"))
        let extra = TrainedScoreFixture.features(oneHot: false).replacingOccurrences(of: "label: \"Valeur x\"", with: "categories: [u, v], label: \"Valeur x\"")
        let other = try #require(Self.errors(ruleset: TrainedScoreFixture.ruleset(features: extra), models: ["models/m.json": Self.json]).first)
        #expect(other.message.render(.en).contains("treats it as a number"))
    }

    @Test func aCategoryTheFeatureCannotTakeIsReportedInsideItsExpression() throws {
        let features = TrainedScoreFixture.features(oneHot: false).replacingOccurrences(of: "\"profile.g\"", with: "\"if(profile.x > 50, 'a', 'd')\"")
        let ruleset = TrainedScoreFixture.ruleset(features: features)
        let error = try #require(Self.errors(ruleset: ruleset, models: ["models/m.json": Self.json]).first)
        let expected = try #require(Self.position(of: "'d'", in: ruleset))
        #expect((error.line, error.column, error.length) == (expected.line, expected.column, 3))
        #expect(error.message.render(.en).contains("'d' is not one of this feature's 'categories' (a, b, c)"))
    }

    @Test func aScorecardWeightThatIsNotANumberIsLocatedInTheScorecard() throws {
        let scorecard = """
        intercept: -1
        features:
          - {name: x, weight: 0.02}
          - {name: g_a, weight: 0.1}
          - {name: g_b, weight: heavy}
          - {name: g_c, weight: 0}
          - {name: logins, weight: 0.3}

        """
        let ruleset = TrainedScoreFixture.ruleset(features: TrainedScoreFixture.features(oneHot: true), model: "models/card.yaml")
        let errors = Self.errors(ruleset: ruleset, models: ["models/card.yaml": scorecard])
        let inCard = try #require(errors.first { $0.file == "bundled:rulesets/models/card.yaml" })
        #expect((inCard.line, inCard.column) == (5, 25))
        let fixed = scorecard.replacingOccurrences(of: "heavy", with: "0.5")
        #expect(Self.errors(ruleset: ruleset, models: ["models/card.yaml": fixed]).isEmpty)
    }

    @Test func aScoreWithBothValueAndModelOrFeaturesAloneIsRefused() throws {
        let both = TrainedScoreFixture.ruleset(features: TrainedScoreFixture.features(oneHot: false))
            .replacingOccurrences(of: "    model: models/m.json\n", with: "    model: models/m.json\n    value: \"1\"\n")
        #expect(Self.errors(ruleset: both, models: ["models/m.json": Self.json]).first?.message.render(.en).contains("both 'value' and 'model'") == true)
        let alone = TrainedScoreFixture.ruleset(features: TrainedScoreFixture.features(oneHot: false))
            .replacingOccurrences(of: "    model: models/m.json\n", with: "")
        #expect(Self.errors(ruleset: alone, models: ["models/m.json": Self.json]).first?.message.render(.en).contains("'features' without 'model'") == true)
    }
}
