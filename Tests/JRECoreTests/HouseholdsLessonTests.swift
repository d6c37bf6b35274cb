import Foundation
import Testing
@testable import JRECore
import JREBundledScenarios
import JREText

/// The `allocataires` scenario's critique, as a user reads it on the board (`report --format json`),
/// in « Pourquoi ? » and in the debrief (`debrief --format json`): the CAF's risk scorecards give the
/// highest scores to single parents, AAH recipients and incomes that vary; what a check would really
/// find is small, often the CAF's own error, and the one fraud is never targeted.
///
/// Who is targeted is not written in the scenario: the bundled scorecards compute it. Scorecard weights
/// that break the story fail here; re-run `jre-console report allocataires --day N` and adjust.
@Suite struct HouseholdsLessonTests {
    static let library = ScenarioLibrary(bundled: BundledScenarios.files, models: BundledScenarios.models)

    /// The bundled scenario under its own ruleset (`caf-2014`) or another one (`caf-dmde-2026`, as the compare screen does).
    static func simulation(ruleset: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> Simulation {
        let text = try #require(BundledScenarios.files["allocataires.yaml"], "allocataires.yaml is not bundled", sourceLocation: sourceLocation)
        let located = ScenarioLibrary.Located(origin: .bundled("allocataires.yaml"), file: SourceFile(path: "bundled:allocataires.yaml", text: text))
        let report = library.loadScenario(located, lang: .fr, rulesetReference: ruleset)
        return try #require(report.simulation, "\(report.diagnostics.map { $0.render(.en) }.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    /// Each household's risk score and whether it is sent to a check, from the board's JSON on `day`.
    static func board(_ simulation: Simulation, day: Int, set: [String: Double] = [:], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: (value: Double, targeted: Bool)] {
        var parameters = simulation.startingParameters
        for (name, value) in set { parameters = try parameters.setting(name, to: value, in: simulation.ruleset) }
        let text = BoardReport(simulation: simulation, day: day, parameters: parameters, lang: .fr).json()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], sourceLocation: sourceLocation)
        var lines: [String: (Double, Bool)] = [:]
        for claimant in try #require(json["claimants"] as? [[String: Any]], sourceLocation: sourceLocation) {
            let id = try #require(claimant["id"] as? String, sourceLocation: sourceLocation)
            let score = try #require((claimant["scores"] as? [String: Any])?["risque"] as? [String: Any], sourceLocation: sourceLocation)
            lines[id] = (try #require(score["value"] as? Double, sourceLocation: sourceLocation), (claimant["alerts"] as? [String] ?? []).contains("controle_datamining"))
        }
        return lines
    }

    static func targeted(_ board: [String: (value: Double, targeted: Bool)]) -> Set<String> { Set(board.filter { $0.value.targeted }.keys) }

    static let singleParents: Set = ["nadia", "amina", "marc"]
    static let aahRecipients: Set = ["karim"]
    static let varyingIncome: Set = ["nadia", "marc"]

    @Test("the 2014 scorecard sends single parents, an AAH recipient and varying incomes to a check")
    func the2014ScorecardTargetsThePrecarious() throws {
        let simulation = try Self.simulation()
        for day in [121, 213, 305] {
            let board = try Self.board(simulation, day: day)
            let targeted = Self.targeted(board)
            // Chosen by rank: the five highest scores of the month, not those above a threshold.
            let five = Set(board.sorted { $0.value.value > $1.value.value }.prefix(5).map(\.key))
            #expect(targeted == five, "day \(day): \(targeted.sorted()) vs the five highest \(five.sorted())")
            #expect(Self.singleParents.isSubset(of: targeted), "day \(day): \(targeted.sorted())")
            #expect(Self.aahRecipients.isSubset(of: targeted), "day \(day): \(targeted.sorted())")
            // The two highest scores: a single parent and an intermittent worker, both with incomes that vary.
            let top = board.sorted { $0.value.value > $1.value.value }.prefix(2).map(\.key)
            #expect(Set(top) == Self.varyingIncome, "day \(day): top two \(top)")
            // Stable two-earner households and a retired widow stay far below the threshold.
            for id in ["lefebvre", "claire", "josiane"] { #expect(board[id]?.value ?? 1 < 0.15, "\(id) day \(day)") }
        }
    }

    @Test("what a check would find is small or the CAF's own error; the one fraud and the largest CAF error are never targeted")
    func theOverpaymentsReallyOwed() throws {
        let simulation = try Self.simulation()
        let overpayments = Dictionary(uniqueKeysWithValues: simulation.scenario.claimants.compactMap { claimant in claimant.overpayment.map { (claimant.id, $0) } })
        #expect(overpayments.count == simulation.scenario.claimants.count, "every household has its hidden overpayment")
        var everTargeted = Set<String>()
        for day in stride(from: 1, through: 365, by: 15) { everTargeted.formUnion(Self.targeted(try Self.board(simulation, day: day))) }
        // Under the DMDE 2026 target (at least €600): nothing among those the 2014 scorecard targets.
        for id in everTargeted { #expect((overpayments[id]?.amount ?? 0) < 600, "\(id) is targeted and owes \(overpayments[id]?.amount ?? 0)") }
        #expect(overpayments["karim"]?.amount ?? 0 < 0, "the CAF owed Karim money")
        #expect(overpayments["karim"]?.cause == .cafError)
        #expect(!everTargeted.contains("franck"), "the one fraud is never targeted")
        #expect(overpayments["franck"]?.cause == .fraud)
        #expect(!everTargeted.contains("emilie"), "the largest CAF error is never targeted")
        #expect(overpayments["emilie"]?.cause == .cafError && overpayments["emilie"]?.amount ?? 0 >= 600)
    }

    @Test("the score is the month's: the same all month, recomputed on the 1st")
    func theScoreIsRecomputedMonthly() throws {
        let simulation = try Self.simulation()
        let parameters = simulation.startingParameters
        for claimant in simulation.scenario.claimants.indices {
            // May 2025: days 121 to 151. Nadia's declarations and payments of May 3 and 5 wait until June 1.
            let may = (121...151).map { simulation.evaluate(claimant: claimant, day: $0, parameters: parameters).scoreValues[0] }
            #expect(Set(may).count == 1, "\(simulation.scenario.claimants[claimant].id) wobbles in May")
        }
        // Léa turns 19 on 14 March (day 73): Sylvie's score does not move that day, but on 1 April (day 91).
        let sylvie = try #require(simulation.scenario.claimants.firstIndex { $0.id == "sylvie" })
        let march = (60...90).map { simulation.evaluate(claimant: sylvie, day: $0, parameters: parameters).scoreValues[0] }
        #expect(Set(march).count == 1, "Sylvie's score moves within March")
        let april = simulation.evaluate(claimant: sylvie, day: 91, parameters: parameters).scoreValues[0]
        #expect(april > (march.first ?? 1), "the birthday raises the score on the 1st of the next month")
    }

    @Test("a weight at 0 removes its variable: without « parent seul », Amina falls under « à surveiller » and is no longer checked")
    func aWeightAtZeroRemovesTheVariable() throws {
        let simulation = try Self.simulation()
        let before = try Self.board(simulation, day: 121)
        let after = try Self.board(simulation, day: 121, set: ["poids_parent_isole": 0])
        #expect((after["amina"]?.value ?? 1) < (before["amina"]?.value ?? 0) / 2, "Amina's score more than halves")
        // Only files at least « à surveiller » are ranked: Amina (0,13) leaves the ranking, four files are checked.
        #expect(before["amina"]?.targeted == true && after["amina"]?.targeted == false)
        #expect(Self.targeted(after).count == 4, "\(Self.targeted(after).sorted())")
        // Households without children do not move.
        for id in ["karim", "claire", "lucie"] { #expect(before[id]?.value == after[id]?.value, "\(id)") }
        let amina = try #require(simulation.scenario.claimants.firstIndex { $0.id == "amina" })
        var parameters = simulation.startingParameters
        parameters = try parameters.setting("poids_parent_isole", to: 0, in: simulation.ruleset)
        let explanation = simulation.explain(claimant: amina, day: 121, parameters: parameters)
        let contributions = try #require(explanation.scores[0].contributions)
        #expect(contributions.features.first { $0.name == "parent_isole" }?.contribution == 0)
        #expect(abs((explanation.scores[0].value ?? 0) - (after["amina"]?.value ?? 1)) < 1e-12, "« Pourquoi ? » and the board agree")
    }

    @Test("the DMDE 2026 scorecard ranks RSA recipients first and no longer sees Karim's AAH or Marc's varying income")
    func theDMDEScorecardOnTheSameHouseholds() throws {
        let simulation = try Self.simulation(ruleset: "caf-dmde-2026")
        let board = try Self.board(simulation, day: 305)
        let top = board.sorted { $0.value.value > $1.value.value }.prefix(2).map(\.key)
        #expect(Set(top) == ["amina", "nadia"], "\(top)")
        #expect(Self.targeted(board).count == 5 && Self.targeted(board).isSuperset(of: ["amina", "nadia"]), "\(Self.targeted(board).sorted())")
        #expect(board["karim"]?.targeted == false && board["marc"]?.targeted == false)
        // With the same five checks, DMDE 2026 checks Franck (the fraud) in the spring, Émilie (the CAF's €610 error) in the autumn.
        #expect(try Self.board(simulation, day: 135)["franck"]?.targeted == true)
        #expect(try Self.board(simulation, day: 319)["emilie"]?.targeted == true)
    }

    @Test("each month the CAF checks as many files as it has checks for: moving « Contrôles sur place par mois » in the lab changes who is checked")
    func theNumberOfChecksDecidesWhoIsChecked() throws {
        let simulation = try Self.simulation()
        // January's score is computed from the profiles alone: three files are « à surveiller », the only
        // ones ranked; Franck (the one fraud) and Amina tie far below and are not checked.
        let january = Self.targeted(try Self.board(simulation, day: 15))
        #expect(january == ["marc", "nadia", "sylvie"], "\(january.sorted())")
        // Every month after: five checked, Marc and Nadia (incomes that vary) always among them.
        for day in stride(from: 32, through: 335, by: 30) {
            let targeted = Self.targeted(try Self.board(simulation, day: day))
            #expect(targeted.count == 5, "day \(day): \(targeted.sorted())")
            #expect(Self.varyingIncome.isSubset(of: targeted), "day \(day): \(targeted.sorted())")
        }
        // 1 May: three checks instead of five, and Amina and Karim are no longer checked; six, and Émilie is.
        let five = Self.targeted(try Self.board(simulation, day: 121))
        let three = Self.targeted(try Self.board(simulation, day: 121, set: ["controles_mois": 3]))
        #expect(five.subtracting(three) == ["amina", "karim"], "\(five.sorted()) → \(three.sorted())")
        let six = Self.targeted(try Self.board(simulation, day: 121, set: ["controles_mois": 6]))
        #expect(six.subtracting(five) == ["emilie"], "\(five.sorted()) → \(six.sorted())")
        // The lab's « who gains, who loses » says the same.
        let moved = try simulation.startingParameters.setting("controles_mois", to: 3, in: simulation.ruleset)
        let alert = try #require(simulation.ruleset.alerts.firstIndex { $0.id == "controle_datamining" })
        let change = simulation.alertChanges(day: 121, parameters: moved, reference: simulation.startingParameters)[alert]
        #expect(Set(change.lost.map { simulation.scenario.claimants[$0].id }) == ["amina", "karim"] && change.gained.isEmpty)
    }

    @Test("« Pourquoi ? » says the check as a rank, and what score would have changed it, in both languages")
    func whyTellsTheRank() throws {
        let simulation = try Self.simulation()
        let parameters = simulation.startingParameters
        let alert = try #require(simulation.ruleset.alerts.firstIndex { $0.id == "controle_datamining" })
        let nadia = try #require(simulation.scenario.claimants.firstIndex { $0.id == "nadia" })
        let emilie = try #require(simulation.scenario.claimants.firstIndex { $0.id == "emilie" })
        // 1 May: six files « à surveiller » or above are ranked: Marc 1st, Nadia 2nd, …, Karim 5th, Émilie 6th.
        let checked = simulation.explain(claimant: nadia, day: 121, parameters: parameters)
        let french = PlainExplanation(simulation: simulation, lang: .fr).alertSentence(checked.alerts[alert], in: checked)
        #expect(french.contains("2e score le plus haut des 6 dossiers classés (sur 13) ce mois-ci"), "\(french)")
        #expect(french.contains("la sélection en retient 5 (paramètre « Contrôles sur place par mois »)"), "\(french)")
        #expect(french.contains("celui du 6e dossier, l'aurait laissé hors de la sélection"), "\(french)")
        let left = simulation.explain(claimant: emilie, day: 121, parameters: parameters)
        let english = PlainExplanation(simulation: simulation, lang: .en).alertSentence(left.alerts[alert], in: left)
        #expect(english.contains("6th highest score of the 6 files ranked (out of 13) this month"), "\(english)")
        #expect(english.contains("that of the 5th file, would have selected it"), "\(english)")
        // The board's JSON says where each household stands (`ranks`), beside its alerts.
        let text = BoardReport(simulation: simulation, day: 121, parameters: parameters, lang: .en).json()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let claimants = try #require(json["claimants"] as? [[String: Any]])
        let rank = try #require((claimants.first { $0["id"] as? String == "nadia" }?["ranks"] as? [String: Any])?["controle_datamining"] as? [String: Any])
        #expect(rank["position"] as? Double == 2 && rank["top"] as? Double == 5 && rank["ranked"] as? Double == 6 && rank["selected"] as? Bool == true, "\(rank)")
    }

    @Test("the debrief reveals each household's overpayment, its amount and cause, in both languages")
    func theDebriefRevealsTheOverpayments() throws {
        let simulation = try Self.simulation()
        var session = SessionSnapshot()
        session.day = simulation.scenario.days
        for (lang, text) in [(Lang.fr, "indu de 610 € — erreur de la CAF"), (.en, "overpayment of €610 — the CAF's own error")] {
            let json = DebriefExport(simulation: simulation, session: session, lang: lang).json()
            let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let claimants = try #require(root["claimants"] as? [[String: Any]])
            let emilie = try #require(claimants.first { $0["id"] as? String == "emilie" }?["overpayment"] as? [String: Any])
            #expect(emilie["amount"] as? Double == 610 && emilie["cause"] as? String == "caf_error")
            #expect(emilie["text"] as? String == text)
            let export = DebriefExport(simulation: simulation, session: session, lang: lang)
            for format in [DebriefExport.Format.markdown, .html] {
                #expect(export.render(format).contains(text), "\(format)")
            }
        }
    }
}
