import Foundation
import Testing
@testable import JRECore
import JREBundledScenarios
import JREText

/// Bad input in the CAF rulesets, their scorecards and the `allocataires` scenario: a located error
/// (file, line:column, what to do), never a crash.
@Suite struct HouseholdScorecardInputTests {
    static let rulesetKey = "rulesets/caf-2014.yaml"
    static let modelKey = "rulesets/models/caf-2014.yaml"

    /// The errors of the bundled `caf-2014` ruleset with `ruleset` and `model` replacing their texts.
    static func errors(ruleset: (String) -> String = { $0 }, model: (String) -> String = { $0 }, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Diagnostic] {
        let rulesetText = try #require(BundledScenarios.files[rulesetKey], sourceLocation: sourceLocation)
        var models = BundledScenarios.models
        models[modelKey] = model(try #require(models[modelKey], sourceLocation: sourceLocation))
        let library = ScenarioLibrary(bundled: BundledScenarios.files, models: models)
        let located = ScenarioLibrary.Located(origin: .bundled(rulesetKey), file: SourceFile(path: "bundled:" + rulesetKey, text: ruleset(rulesetText)))
        return library.loadRuleset(located, lang: .en).diagnostics.errors
    }

    /// The 1-based line and column of the first occurrence of `needle` in `text`.
    static func position(of needle: String, in text: String) -> (line: Int, column: Int)? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: needle) { return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1) }
        }
        return nil
    }

    @Test func theBundledFilesLoadWithoutError() throws {
        #expect(try Self.errors().isEmpty)
    }

    @Test func aScorecardWeightThatIsNotANumberIsLocatedInTheScorecard() throws {
        let broken = { (text: String) in text.replacingOccurrences(of: "weight: 0.9\n", with: "weight: beaucoup\n") }
        let model = try #require(BundledScenarios.models[Self.modelKey])
        #expect(broken(model) != model)
        let errors = try Self.errors(model: broken)
        let inModel = try #require(errors.first { $0.file == "bundled:" + Self.modelKey })
        let expected = try #require(Self.position(of: "beaucoup", in: broken(model)))
        #expect((inModel.line, inModel.column) == (expected.line, expected.column))
        #expect(inModel.message.render(.en).contains("beaucoup"))
    }

    @Test func aWeightNamingAnUnknownParameterIsLocatedWithASuggestion() throws {
        let broken = { (text: String) in text.replacingOccurrences(of: "weight: poids_rsa\n", with: "weight: poids_rsaa\n") }
        let text = try #require(BundledScenarios.files[Self.rulesetKey])
        let error = try #require(try Self.errors(ruleset: broken).first)
        let expected = try #require(Self.position(of: "poids_rsaa", in: broken(text)))
        #expect((error.file, error.line, error.column) == ("bundled:" + Self.rulesetKey, expected.line, expected.column))
        #expect(error.message.render(.en).contains("'poids_rsaa'") && error.message.render(.en).contains("did you mean 'poids_rsa'"))
    }

    @Test func aParameterThatDisagreesWithTheScorecardIsAnError() throws {
        let broken = { (text: String) in text.replacingOccurrences(of: "  poids_rsa:\n    value: 0.7\n", with: "  poids_rsa:\n    value: 0.9\n") }
        let text = try #require(BundledScenarios.files[Self.rulesetKey])
        #expect(broken(text) != text)
        let error = try #require(try Self.errors(ruleset: broken).first)
        #expect(error.message.render(.en).contains("the parameter 'poids_rsa' is 0.9 but the scorecard gives 'rsa' the weight 0.7"))
    }

    @Test func anUnknownRecomputationOrWeightStatusIsAnError() throws {
        let weekly = try #require(try Self.errors(ruleset: { $0.replacingOccurrences(of: "recompute: monthly", with: "recompute: weekly") }).first)
        #expect(weekly.message.render(.en).contains("'weekly'"))
        let errors = try Self.errors(model: { $0.replacingOccurrences(of: "status: reconstruction", with: "status: guessed") })
        let status = try #require(errors.first { $0.file == "bundled:" + Self.modelKey }, "\(errors.map { $0.render(.en) })")
        #expect(status.message.render(.en).contains("guessed"))
    }

    @Test func anOverpaymentWithAnUnknownCauseIsLocatedInTheScenario() throws {
        let text = try #require(BundledScenarios.files["allocataires.yaml"])
        let broken = text.replacingOccurrences(of: "cause: fraud}", with: "cause: fraude}")
        #expect(broken != text)
        let library = ScenarioLibrary(bundled: BundledScenarios.files, models: BundledScenarios.models)
        let located = ScenarioLibrary.Located(origin: .bundled("allocataires.yaml"), file: SourceFile(path: "bundled:allocataires.yaml", text: broken))
        let error = try #require(library.loadScenario(located, lang: .en).diagnostics.errors.first)
        let expected = try #require(Self.position(of: "fraude}", in: broken))
        #expect((error.line, error.column) == (expected.line, expected.column))
        #expect(error.message.render(.en).contains("did you mean 'fraud'"))
    }
}
