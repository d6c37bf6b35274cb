import Foundation
import Testing
@testable import JRECore
import JREText

/// Small in-memory rulesets and scenarios, loaded through `ScenarioLibrary(bundled:)` exactly as the
/// bundled files are.
enum Fixture {
    static let scenarioName = "fixture-scenario"
    static let rulesetName = "regles-test"

    /// A ruleset with a fixed vocabulary and three parameters, plus the given `scores:` body
    /// (already indented by two spaces) and optional `alerts:` / `advice:` bodies.
    static func ruleset(scores: String, alerts: String? = nil, advice: String? = nil) -> String {
        var text = """
        format: 1
        title: "Règles de test"
        language: fr
        events:
          login: "Connexion"
          application:
            label: "Candidature"
            attributes: {rome: "ROME", sector: "Secteur", employer: "Employeur", hours: "Heures"}
          response:
            label: "Réponse"
            attributes: {outcome: "Issue"}
          mood:
            label: "Humeur"
            attributes: {value: "Valeur"}
          appointment:
            label: "Rendez-vous"
            attributes: {attended: "Présent"}
        parameters:
          window: {value: 7, min: 1, max: 90, label: "Fenêtre"}
          seuil: {value: 3, min: 0, max: 10, label: "Seuil"}
          zero: {value: 0, min: 0, max: 10, label: "Zéro"}
        scores:

        """
        text += scores
        if let alerts { text += "\nalerts:\n" + alerts }
        if let advice { text += "\nadvice:\n" + advice }
        return text + "\n"
    }

    /// A YAML double-quoted scalar holding `text`.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// One score entry (for `ruleset(scores:)`), with levels given as YAML flow maps.
    static func score(_ id: String, _ value: String, levels: [String] = []) -> String {
        var text = "  \(id):\n    value: \(quoted(value))\n"
        if !levels.isEmpty {
            text += "    levels:\n" + levels.map { "      - \($0)\n" }.joined()
        }
        return text
    }

    struct Person {
        var id: String
        var profile: String?
        var events: [String]

        init(_ id: String, profile: String? = nil, events: [String] = []) {
            self.id = id
            self.profile = profile
            self.events = events
        }
    }

    /// A scenario of `days` days starting 2024-03-04 with the given claimants (events as YAML flow maps).
    static func scenario(days: Int = 60, start: String = "2024-03-04", parameters: String? = nil, people: [Person]) -> String {
        var text = """
        format: 1
        title: "Scénario de test"
        language: fr
        ruleset: \(rulesetName)
        start: \(start)
        days: \(days)

        """
        if let parameters { text += "parameters: \(parameters)\n" }
        text += "claimants:\n"
        for person in people {
            text += "  - id: \(person.id)\n    name: \"Personne \(person.id)\"\n"
            if let profile = person.profile { text += "    profile: \(profile)\n" }
            if person.events.isEmpty {
                text += "    events: []\n"
            } else {
                text += "    events:\n" + person.events.map { "      - \($0)\n" }.joined()
            }
        }
        return text
    }

    static func library(ruleset: String, scenario: String) -> ScenarioLibrary {
        ScenarioLibrary(bundled: ["\(scenarioName).yaml": scenario, "rulesets/\(rulesetName).yaml": ruleset])
    }

    /// Loads the scenario (and its ruleset) from memory.
    static func load(ruleset: String, scenario: String, lang: Lang = .fr) throws -> LoadReport {
        let library = library(ruleset: ruleset, scenario: scenario)
        let located = try #require(library.locateScenario(scenarioName))
        return library.load(located, lang: lang)
    }

    /// Loads the ruleset alone from memory.
    static func loadRuleset(_ ruleset: String, lang: Lang = .fr) throws -> LoadReport {
        let library = ScenarioLibrary(bundled: ["rulesets/\(rulesetName).yaml": ruleset])
        let located = ScenarioLibrary.Located(origin: .bundled("rulesets/\(rulesetName).yaml"), file: SourceFile(path: "bundled:rulesets/\(rulesetName).yaml", text: ruleset))
        return library.loadRuleset(located, lang: lang)
    }

    /// A simulation that must load without errors.
    static func simulation(ruleset: String, scenario: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Simulation {
        let report = try load(ruleset: ruleset, scenario: scenario)
        let errors = report.diagnostics.errors.map { $0.render(.en) }
        #expect(errors.isEmpty, "unexpected errors:\n\(errors.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return try #require(report.simulation, sourceLocation: sourceLocation)
    }

    /// The simulation of one claimant `c` (with `events` and `profile`) under a ruleset with one score `s = expression`.
    static func single(_ expression: String, events: [String], profile: String? = nil, days: Int = 60,
                       sourceLocation: SourceLocation = #_sourceLocation) throws -> Simulation {
        try simulation(ruleset: ruleset(scores: score("s", expression)),
                       scenario: scenario(days: days, people: [Person("c", profile: profile, events: events)]),
                       sourceLocation: sourceLocation)
    }

    /// Score `s = expression` for claimant `c` on `day`.
    static func value(_ expression: String, on day: Int, events: [String] = [], profile: String? = nil,
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> Double {
        let simulation = try single(expression, events: events, profile: profile, sourceLocation: sourceLocation)
        let result = simulation.evaluate(day: day, parameters: simulation.startingParameters)[0]
        #expect(result.fault == nil, "unexpected fault \(String(describing: result.fault))", sourceLocation: sourceLocation)
        return result.scoreValues[0]
    }

    /// The truth of a condition for claimant `c` on `day` (read through `if(condition, 1, 0)`).
    static func holds(_ condition: String, on day: Int, events: [String] = [], profile: String? = nil,
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        let value = try value("if(\(condition), 1, 0)", on: day, events: events, profile: profile, sourceLocation: sourceLocation)
        return value == 1
    }

    /// The errors found in a ruleset whose scores are `scores`, loaded with a trivial scenario (the scenario's own
    /// « ruleset has errors » line is left out).
    static func rulesetErrors(scores: String, alerts: String? = nil) throws -> [Diagnostic] {
        let report = try load(ruleset: ruleset(scores: scores, alerts: alerts), scenario: scenario(people: [Person("c")]))
        #expect(report.simulation == nil || !report.diagnostics.hasErrors)
        return report.diagnostics.errors.filter { $0.file == "bundled:rulesets/\(rulesetName).yaml" }
    }
}

extension Diagnostic {
    /// The diagnostic's message in English, for matching.
    var english: String { message.render(.en) }
}

/// Where the `^` marker of a rendered diagnostic points: the 1-based column in the shown source line.
func markerColumn(_ rendered: String) -> Int? {
    let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.count >= 3 else { return nil }
    let marker = lines[2]
    guard let bar = marker.firstIndex(of: "|") else { return nil }
    let afterBar = marker[marker.index(after: bar)...].dropFirst() // the space after "|"
    guard let caret = afterBar.firstIndex(of: "^") else { return nil }
    return afterBar.distance(from: afterBar.startIndex, to: caret) + 1
}
