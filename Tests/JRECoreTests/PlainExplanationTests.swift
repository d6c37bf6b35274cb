import Foundation
import Testing
@testable import JRECore
import JREText
import JREBundledScenarios

/// Plain explanations: what a room reads by default in `explain`, « Pourquoi ? » and the claimant file.
@Suite struct PlainExplanationTests {
    static let allScenarios = ["portefeuille", "aidante", "sans-ordinateur", "agenda-rsa", "cas-silencieux", "decouragement",
                               "hors-ligne", "maladie-contrat-court", "reconversion", "suspicion",
                               "hors-ligne+cre-controle", "decouragement+cre-controle", "maladie-contrat-court+cre-controle", "reconversion+cre-controle",
                               "cas-silencieux+cre-controle", "employabilite", "allocataires", "allocataires+caf-dmde-2026"]

    /// A bundled scenario, `name` or `name+ruleset` for one of its alternative rulesets.
    static func simulation(_ name: String, lang: Lang = .fr, sourceLocation: SourceLocation = #_sourceLocation) throws -> Simulation {
        let parts = name.split(separator: "+").map(String.init)
        let located = try #require(Bundled.library.locateScenario(parts[0]), "no bundled scenario \(parts[0])", sourceLocation: sourceLocation)
        let report = Bundled.library.loadScenario(located, lang: lang, rulesetReference: parts.count > 1 ? parts[1] : nil)
        return try #require(report.simulation, "bundled scenario \(name) did not load", sourceLocation: sourceLocation)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var scenario: String
        var claimant: String
        var day: Int
        var lang: Lang
        var testDescription: String { "\(scenario) \(claimant) day \(day) \(lang.rawValue)" }
    }

    /// One or two representative claimants and days of every bundled scenario, in both languages.
    static let goldenCases: [Case] = [
        ("portefeuille", "gerard", 22), ("portefeuille", "ines", 30), ("aidante", "sandrine", 30), ("sans-ordinateur", "odette", 30),
        ("agenda-rsa", "aurelie", 30), ("cas-silencieux", "gilles", 40), ("decouragement", "monique", 50),
        ("hors-ligne", "rene", 30), ("hors-ligne+cre-controle", "rene", 30), ("reconversion+cre-controle", "karine", 40), ("maladie-contrat-court", "stephane", 30), ("reconversion", "karine", 40), ("suspicion", "marta", 30),
        ("employabilite", "jean_pierre", 60), ("allocataires", "karim", 120), ("allocataires+caf-dmde-2026", "nadia", 120),
    ].flatMap { scenario, claimant, day in [Lang.fr, .en].map { Case(scenario: scenario, claimant: claimant, day: day, lang: $0) } }

    @Test(arguments: goldenCases)
    func goldenSentences(_ test: Case) throws {
        let simulation = try Self.simulation(test.scenario, lang: test.lang)
        let index = try #require(simulation.scenario.claimants.firstIndex { $0.id == test.claimant }, "no claimant \(test.claimant)")
        let explanation = simulation.explain(claimant: index, day: test.day, parameters: simulation.startingParameters)
        var text = PlainExplanation(simulation: simulation, lang: test.lang).render(explanation).joined(separator: "\n") + "\n"
        text += "\n" + ProfileCard(simulation: simulation, claimant: index, day: test.day, lang: test.lang).lines.map { $0.text(test.lang) }.joined(separator: "\n") + "\n"
        Golden.check(text, file: "plain-\(test.scenario.replacingOccurrences(of: "+", with: "-"))-\(test.claimant)-day\(test.day)-\(test.lang.rawValue).txt")
    }

    /// Every claimant of every bundled scenario, on a few days, in both languages: no identifier of the
    /// ruleset, no raw event type id, no `vrai`/`faux`/`true`/`false`, and no French number with a decimal point.
    @Test(arguments: allScenarios)
    func noProgrammerWords(_ name: String) throws {
        for lang in [Lang.fr, .en] {
            let simulation = try Self.simulation(name, lang: lang)
            let ruleset = simulation.ruleset
            let plain = PlainExplanation(simulation: simulation, lang: lang)
            // Identifiers a reader would recognise as code: anything with an underscore.
            let identifiers = Set((ruleset.scores.map(\.id) + ruleset.parameters.map(\.id) + ruleset.alerts.map(\.id) + ruleset.eventTypes.map(\.id)
                + ruleset.scores.flatMap { $0.levels.map(\.name) }).filter { $0.contains("_") })
            // Event type ids that are not also a word of that language's labels (« message » is French too).
            let labelWords = Set(ruleset.eventTypes.flatMap { [$0.label, $0.noun, $0.plural].compactMap { $0?.resolve(lang).lowercased() } }
                .flatMap { $0.split(whereSeparator: { !$0.isLetter }).map(String.init) })
            let typeIds = Set(ruleset.eventTypes.map(\.id).filter { !labelWords.contains($0) })
            let booleans = lang == .fr ? ["vrai", "faux", "true", "false"] : ["true", "false"]
            for day in Set([1, min(30, simulation.scenario.days), simulation.scenario.days]) {
                for index in simulation.scenario.claimants.indices {
                    let explanation = simulation.explain(claimant: index, day: day, parameters: simulation.startingParameters)
                    var lines = plain.render(explanation)
                    lines += explanation.alerts.flatMap { plain.alertLines($0, in: explanation) }
                    lines += ProfileCard(simulation: simulation, claimant: index, day: day, lang: lang).lines.map { $0.text(lang) }
                    let words = Set(lines.joined(separator: "\n").split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init))
                    let who = "\(name) \(simulation.scenario.claimants[index].id) day \(day) \(lang.rawValue)"
                    for word in words {
                        #expect(!identifiers.contains(word), "\(who): shows the identifier \(word)")
                        #expect(!typeIds.contains(word), "\(who): shows the event type id \(word)")
                        #expect(!booleans.contains(word.lowercased()), "\(who): shows \(word)")
                    }
                    if lang == .fr {
                        for line in lines where line.range(of: #"\d\.\d"#, options: .regularExpression) != nil {
                            // Dates such as « 12.03 » are never written; a decimal point is a number written the English way.
                            Issue.record("\(who): a French number with a decimal point: \(line)")
                        }
                    }
                }
            }
        }
    }

    @Test func alertSentenceNamesSignalsValuesAndThresholds() throws {
        let simulation = try Self.simulation("portefeuille")
        let index = try #require(simulation.scenario.claimants.firstIndex { $0.id == "gerard" })
        let explanation = simulation.explain(claimant: index, day: 30, parameters: simulation.startingParameters)
        let sentences = PlainExplanation(simulation: simulation, lang: .fr).sentences(for: explanation)
        // Gérard is flagged for a long registration without a strong dynamic, said with his values and the thresholds.
        #expect(sentences.contains("Parcours à analyser\u{00A0}: inscrit·e depuis 15,1 mois (seuil\u{00A0}: 12 mois) et dynamique de recherche « faible » (pas « forte »)."))
        #expect(sentences.count == explanation.alerts.filter(\.fired).count)
    }

    @Test func changedThresholdShowsInTheSentence() throws {
        let simulation = try Self.simulation("portefeuille")
        let index = try #require(simulation.scenario.claimants.firstIndex { $0.id == "gerard" })
        var parameters = simulation.startingParameters
        parameters[try #require(simulation.ruleset.parameterIndex("mois_inscription"))] = 18
        let explanation = simulation.explain(claimant: index, day: 30, parameters: parameters)
        let plain = PlainExplanation(simulation: simulation, lang: .en)
        let alert = try #require(explanation.alerts.first { $0.id == "parcours_a_analyser" })
        // Not long enough registered any more: said as a condition that did not hold, with the new threshold.
        #expect(!alert.fired)
        #expect(plain.alertSentence(alert, in: explanation).contains("registered for 15.1 months (below the threshold of 18 months)"))
    }

    @Test func scorePointsSayWhereTheyCameFrom() throws {
        let simulation = try Self.simulation("portefeuille")
        let index = try #require(simulation.scenario.claimants.firstIndex { $0.id == "ines" })
        let explanation = simulation.explain(claimant: index, day: 30, parameters: simulation.startingParameters)
        let score = try #require(explanation.scores.first { $0.id == "dynamique" })
        let lines = PlainExplanation(simulation: simulation, lang: .fr).scoreLines(score, in: explanation)
        // Interviews are worth two points each: the line shows the count and the points it brought.
        let interviews = try #require(lines.first { $0.contains("entretien") })
        #expect(interviews.contains("(+"))
        #expect(lines.contains { $0.contains("Sur les 30 derniers jours") })
    }

    @Test func profileCardWritesDatesUnitsAndLabels() throws {
        for lang in [Lang.fr, .en] {
            let simulation = try Self.simulation("portefeuille", lang: lang)
            let index = try #require(simulation.scenario.claimants.firstIndex { $0.id == "gerard" })
            let card = ProfileCard(simulation: simulation, claimant: index, day: 22, lang: lang).lines.map { $0.text(lang) }
            // registered: -430 is a day index: shown as a date with the time since, never as « -430 ».
            #expect(card.contains(lang == .fr ? "Inscrit·e depuis le 29 déc. 2022 (14 mois)" : "Registered since 29 Dec 2022 (14 months)"))
            #expect(card.contains(lang == .fr ? "Âge\u{00A0}: 58 ans" : "Age: 58 years old"))
            #expect(!card.joined().contains("-430"))
            #expect(card.contains(lang == .fr ? "Métier recherché\u{00A0}: Magasinier" : "Job sought: Warehouse worker"))
        }
    }

    @Test func aScenarioProfileSectionWinsOverTheRulesets() throws {
        let scenario = """
        format: 1
        title: "Essai"
        ruleset: jre-standard
        start: 2024-03-04
        days: 30
        profile:
          commune: {fr: "Ville de résidence", en: "Home town"}
          niveau: {label: {fr: "Niveau d'études", en: "Education"}, values: {bac: {fr: "baccalauréat", en: "secondary school"}}}
          permis: {label: {fr: "Permis B", en: "Driving licence"}, kind: flag}
        claimants:
          - id: alex
            name: "Alex Test"
            profile: {age: 30, commune: "Auxerre", niveau: bac, permis: 1, registered: 2024-01-04}
        """
        var files = BundledScenarios.files
        files["essai.yaml"] = scenario
        let library = ScenarioLibrary(bundled: files, models: BundledScenarios.models)
        for lang in [Lang.fr, .en] {
            let located = try #require(library.locateScenario("essai"))
            let report = library.load(located, lang: lang)
            let simulation = try #require(report.simulation, "\(report.diagnostics.map { $0.message.render(.en) })")
            let card = ProfileCard(simulation: simulation, claimant: 0, day: 30, lang: lang).lines.map { $0.text(lang) }
            // The scenario's labels win; the ruleset's still name what the scenario leaves out.
            #expect(card == (lang == .fr
                ? ["Âge\u{00A0}: 30 ans", "Ville de résidence\u{00A0}: Auxerre", "Niveau d'études\u{00A0}: baccalauréat", "Permis B\u{00A0}: oui", "Inscrit·e depuis le 4 janv. 2024 (2 mois)"]
                : ["Age: 30 years old", "Home town: Auxerre", "Education: secondary school", "Driving licence: yes", "Registered since 4 Jan 2024 (2 months)"]))
        }
    }

    @Test func numbersAsPeopleWriteThem() {
        #expect(Strings.unit("jours", for: 1, .fr) == "jour")
        #expect(Strings.unit("mois", for: 1, .fr) == "mois")
        #expect(Strings.unit("contacts employeurs", for: 1, .fr) == "contact employeur")
        #expect(Strings.unit("rendez-vous", for: 0, .fr) == "rendez-vous", "« 0 rendez-vou » was written")
        #expect(Strings.unit("candidatures par code", for: 1, .fr) == "candidature par code")
        #expect(Strings.unit("applications per code", for: 1, .en) == "application per code")
        #expect(Strings.unit("job codes", for: 1, .en) == "job code")
        #expect(Strings.unit("codes ROME", for: 1, .fr) == "code ROME")
        #expect(Strings.unit("weeks below the target", for: 1, .en) == "week below the target")
        #expect(Strings.unit("hours a week", for: 1, .en) == "hour a week")
    }

    @Test func unknownPlaceholderInASentenceIsALocatedError() {
        let yaml = """
        format: 1
        title: t
        events: {login: "Connexion"}
        parameters:
          seuil: {value: 2, min: 0, max: 9}
        scores:
          connexions:
            label: "Connexions"
            value: "count(login, 30)"
            unit: "connexions"
        alerts:
          peu:
            label: "Peu de connexions"
            when: "connexions < seuil"
            sentence: "{connexion} seulement (seuil : {seuil})"
        profile:
          age: {label: "Âge", unit: "ans", kind: numbr}
        """
        let (_, diagnostics) = RulesetLoader(file: SourceFile(path: "probe.yaml", text: yaml), lang: .fr).load(id: "probe")
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.contains { $0.line == 15 && $0.message.render(.fr).contains("connexion") })
        #expect(errors.contains { $0.line == 17 && $0.message.render(.fr).contains("number") })
    }
}
