import Testing
@testable import JRECore
import JREText

/// Whole outputs compared with reviewed files in `Golden/` (record with `JRE_RECORD_GOLDEN=1`).
@Suite struct GoldenOutputTests {
    struct ReportCase: CustomTestStringConvertible, Sendable {
        var scenario: String
        var day: Int
        var testDescription: String { "\(scenario) day \(day)" }
    }

    /// Days 1, 30 and the last day of each bundled scenario.
    static let reportCases = [
        ReportCase(scenario: "portefeuille", day: 1), ReportCase(scenario: "portefeuille", day: 30), ReportCase(scenario: "portefeuille", day: 84),
        ReportCase(scenario: "aidante", day: 1), ReportCase(scenario: "aidante", day: 30), ReportCase(scenario: "aidante", day: 56),
        ReportCase(scenario: "sans-ordinateur", day: 1), ReportCase(scenario: "sans-ordinateur", day: 30), ReportCase(scenario: "sans-ordinateur", day: 56),
    ]

    @Test(arguments: reportCases)
    func jsonReport(_ test: ReportCase) throws {
        let simulation = try Bundled.simulation(test.scenario)
        #expect(test.day == 1 || test.day == 30 || test.day == simulation.scenario.days)
        let json = BoardReport(simulation: simulation, day: test.day, parameters: simulation.startingParameters, lang: .fr).json()
        Golden.check(json, file: "report-\(test.scenario)-day\(test.day).json")
    }

    struct ExplainCase: CustomTestStringConvertible, Sendable {
        var claimant: String
        var day: Int
        var testDescription: String { "\(claimant) day \(day)" }
    }

    static let explainCases = [
        ExplainCase(claimant: "ines", day: 30), ExplainCase(claimant: "ines", day: 84),
        ExplainCase(claimant: "gerard", day: 30), ExplainCase(claimant: "gerard", day: 84),
    ]

    @Test(arguments: explainCases)
    func explanationText(_ test: ExplainCase) throws {
        let simulation = try Bundled.simulation("portefeuille")
        let index = try #require(simulation.scenario.claimants.firstIndex { $0.id == test.claimant })
        let explanation = simulation.explain(claimant: index, day: test.day, parameters: simulation.startingParameters)
        let text = ExplanationText(simulation: simulation, lang: .fr).render(explanation).joined(separator: "\n") + "\n"
        Golden.check(text, file: "explain-portefeuille-\(test.claimant)-day\(test.day).txt")
    }
}
