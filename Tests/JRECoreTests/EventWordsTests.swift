import Foundation
import Testing
@testable import JRECore
import JREText
import JREBundledScenarios

/// Event attributes in words: value names declared by the ruleset, free texts in both languages.
@Suite struct EventWordsTests {
    static let ruleset = """
    format: 1
    title: "Essai"
    events:
      response:
        label: {fr: "Réponse d'un employeur", en: "Employer response"}
        attributes:
          employer: {fr: "Employeur", en: "Employer"}
          outcome:
            label: {fr: "Issue", en: "Outcome"}
            values:
              refus: {fr: "refus", en: "rejection"}
      workshop:
        label: {fr: "Atelier", en: "Workshop"}
        attributes:
          title: {fr: "Intitulé", en: "Title"}
          present: {fr: "Présent·e", en: "Attended"}
    scores:
      refus:
        label: {fr: "Refus reçus", en: "Rejections received"}
        value: "count(response[outcome = 'refus'], 30)"
    """

    static let scenario = """
    format: 1
    title: "Essai"
    ruleset: essai
    start: 2024-03-04
    days: 30
    claimants:
      - id: alex
        name: "Alex Test"
        events:
          - {day: 2, type: response, outcome: refus, employer: "Mairie de Sens"}
          - {day: 3, type: response, outcome: attente}
          - {day: 4, type: workshop, title: {fr: "Valoriser mes compétences", en: "Showcase my skills"}, present: true}
    """

    static func simulation(_ lang: Lang, ruleset: String = ruleset) throws -> Simulation {
        var files = BundledScenarios.files
        files["essai.yaml"] = scenario
        files["rulesets/essai.yaml"] = ruleset
        let library = ScenarioLibrary(bundled: files, models: BundledScenarios.models)
        let located = try #require(library.locateScenario("essai"))
        let report = library.load(located, lang: lang)
        return try #require(report.simulation, "\(report.diagnostics.map { $0.message.render(.en) })")
    }

    @Test func valuesAreNamedInTheReadersLanguageAndUnknownOnesShownAsWritten() throws {
        for lang in [Lang.fr, .en] {
            let simulation = try Self.simulation(lang)
            let events = simulation.scenario.claimants[0].events
            let words = events.map { EventWords.attributes(of: $0, type: simulation.ruleset.eventType($0.type), lang: lang) }
            #expect(words[0] == [lang == .fr ? "refus" : "rejection", "Mairie de Sens"])
            // A code the ruleset does not name is shown as it is written: no crash, no blank.
            #expect(words[1] == ["attente"])
            #expect(words[2] == (lang == .fr ? ["Valoriser mes compétences", "Présent·e\u{00A0}: oui"] : ["Showcase my skills", "Attended: yes"]))
        }
    }

    @Test func rulesStillReadTheCodesAndTheScenarioLanguagesText() throws {
        let simulation = try Self.simulation(.en)
        // The English screen says "rejection"; the rule counts the code `refus`.
        let explanation = simulation.explain(claimant: 0, day: 10, parameters: simulation.startingParameters)
        #expect(explanation.scores.first { $0.id == "refus" }?.value == 1)
        #expect(simulation.scenario.claimants[0].events[2].attributes["title"] == .text("Valoriser mes compétences"))
    }

    @Test func valuesThatAreNotAMappingAreALocatedError() {
        let yaml = Self.ruleset.replacingOccurrences(of: """
                values:
                  refus: {fr: "refus", en: "rejection"}
        """, with: """
                values: refus
        """)
        let (_, diagnostics) = RulesetLoader(file: SourceFile(path: "probe.yaml", text: yaml), lang: .en).load(id: "probe")
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.contains { $0.line == 10 && $0.message.render(.en).contains("values") }, "\(diagnostics.map { "\($0.line): \($0.message.render(.en))" })")
    }
}
