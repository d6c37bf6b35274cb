import Foundation
import Testing
@testable import JRECore
import JREBundledScenarios
import JREText

/// Each bundled scenario teaches one critique; its `summary` promises an alert pattern (who is
/// flagged, when, who never is). These tests pin that pattern, so that a rule or threshold change
/// that silently breaks a lesson fails the build. They check the lesson, not every day: the
/// checkpoint days, the « never » and « every day » claims, and the contrasts between claimants.
@Suite struct ScenarioLessonTests {
    static let library = ScenarioLibrary(bundled: BundledScenarios.files, models: BundledScenarios.models)

    /// Every bundled scenario, each with a lesson test below.
    static let scenarioNames = [
        "portefeuille", "aidante", "sans-ordinateur",
        "reconversion", "decouragement", "maladie-contrat-court", "cas-silencieux", "hors-ligne", "agenda-rsa",
        "suspicion", "allocataires", "employabilite",
    ]

    /// The scenarios written for jre-standard (not agenda-rsa, not suspicion), which can all be re-read « on the control side ».
    static let jreStandardScenarios = scenarioNames.filter { $0 != "agenda-rsa" && $0 != "suspicion" && $0 != "allocataires" && $0 != "employabilite" }

    /// A scenario's whole alert history, read by claimant id and alert id.
    struct Lesson {
        let simulation: Simulation
        let history: BoardHistory

        var days: ClosedRange<Int> { 1...simulation.scenario.days }

        func claimantIndex(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
            try #require(simulation.scenario.claimants.firstIndex { $0.id == id }, "no claimant \(id)", sourceLocation: sourceLocation)
        }

        func alertIndex(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
            try #require(simulation.ruleset.alerts.firstIndex { $0.id == id }, "no alert \(id) in \(simulation.ruleset.id)", sourceLocation: sourceLocation)
        }

        /// The days on which `alert` is on for `claimant`.
        func days(_ claimant: String, _ alert: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Int] {
            let c = try claimantIndex(claimant, sourceLocation: sourceLocation), a = try alertIndex(alert, sourceLocation: sourceLocation)
            return days.filter { history.isAlertOn(claimant: c, day: $0, alert: a) }
        }

        func isOn(_ claimant: String, _ alert: String, day: Int, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
            try days(claimant, alert, sourceLocation: sourceLocation).contains(day)
        }

        /// The days on which any alert is on for `claimant`.
        func flaggedDays(_ claimant: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Int] {
            let c = try claimantIndex(claimant, sourceLocation: sourceLocation)
            return days.filter { day in simulation.ruleset.alerts.indices.contains { history.isAlertOn(claimant: c, day: day, alert: $0) } }
        }

        /// The level name of `score` for `claimant` on `day`.
        func level(_ claimant: String, _ score: String, day: Int, sourceLocation: SourceLocation = #_sourceLocation) throws -> String? {
            let c = try claimantIndex(claimant, sourceLocation: sourceLocation)
            let s = try #require(simulation.ruleset.scoreIndex(score), "no score \(score)", sourceLocation: sourceLocation)
            return history.level(claimant: c, day: day, score: s).map { simulation.ruleset.scores[s].levels[$0].name }
        }

        /// The same scenario with parameter overrides.
        func with(_ overrides: [String: Double]) throws -> Lesson {
            var parameters = simulation.startingParameters
            for (name, value) in overrides { parameters = try parameters.setting(name, to: value, in: simulation.ruleset) }
            return Lesson(simulation: simulation, history: simulation.history(parameters: parameters))
        }
    }

    static func lesson(_ name: String, ruleset: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> Lesson {
        let located = try #require(library.locateScenario(name), "bundled scenario \(name) not found", sourceLocation: sourceLocation)
        let report = library.loadScenario(located, lang: .fr, rulesetReference: ruleset)
        let simulation = try #require(
            report.simulation,
            "\(name) did not load with \(ruleset ?? "its ruleset"):\n\(report.diagnostics.map { $0.render(.en) }.joined(separator: "\n"))",
            sourceLocation: sourceLocation)
        let history = simulation.history(parameters: simulation.startingParameters)
        #expect(history.allFaults.isEmpty, "\(name): evaluation faults", sourceLocation: sourceLocation)
        return Lesson(simulation: simulation, history: history)
    }

    /// `days` as a set of contiguous runs, for readable messages and on/off checks (as the debrief groups them).
    static func runs(_ days: [Int]) -> [ClosedRange<Int>] { DebriefExport.runs(days) }

    // MARK: - The collection as a whole

    @Test func theTenScenariosAreBundledAndEachHasALessonTest() {
        #expect(Set(Self.library.scenarioNames) == Set(Self.scenarioNames),
                "a bundled scenario without a lesson test, or a lesson without its scenario")
        for path in ["rulesets/jre-standard.yaml", "rulesets/cre-controle.yaml", "rulesets/rsa-15h.yaml"] {
            #expect(BundledScenarios.files[path]?.isEmpty == false, "\(path) is not bundled")
        }
    }

    @Test(arguments: BundledScenarios.files.keys.sorted())
    func everyBundledFileLoadsWithNoDiagnosticAtAll(path: String) throws {
        let text = try #require(BundledScenarios.files[path])
        let located = ScenarioLibrary.Located(origin: .bundled(path), file: SourceFile(path: "bundled:" + path, text: text))
        for lang in [Lang.fr, .en] {
            let report = Self.library.load(located, lang: lang)
            #expect(report.diagnostics.isEmpty, "\(path): \(report.diagnostics.map { $0.render(.en) }.joined(separator: "\n"))")
            #expect(report.simulation != nil || report.ruleset != nil, "\(path) did not load")
        }
    }

    @Test(arguments: scenarioNames)
    func everyScenarioHasASummaryABriefingAndTwoToFourCheckpointsInBothLanguages(name: String) throws {
        let scenario = try Self.lesson(name).simulation.scenario
        for lang in [Lang.fr, .en] {
            let pick: (LocalizedText?) -> String? = { text in lang == .fr ? text?.fr : text?.en }
            #expect(pick(scenario.title)?.isEmpty == false, "\(name): title in \(lang)")
            #expect(pick(scenario.summary)?.isEmpty == false, "\(name): summary in \(lang)")
            #expect(pick(scenario.briefing)?.isEmpty == false, "\(name): briefing in \(lang)")
            for checkpoint in scenario.checkpoints {
                #expect(pick(checkpoint.prompt)?.isEmpty == false, "\(name): checkpoint of day \(checkpoint.day) in \(lang)")
            }
        }
        #expect((2...4).contains(scenario.checkpoints.count), "\(name) has \(scenario.checkpoints.count) checkpoints")
        #expect(scenario.checkpoints.map(\.day) == scenario.checkpoints.map(\.day).sorted(), "\(name): checkpoints out of order")
        #expect(scenario.checkpoints.allSatisfy { (1...scenario.days).contains($0.day) })
    }

    @Test(arguments: scenarioNames)
    func everyClaimantHasAHiddenContextInBothLanguages(name: String) throws {
        let scenario = try Self.lesson(name).simulation.scenario
        #expect(scenario.claimants.count >= 3, "\(name): a lesson needs contrasting claimants")
        for claimant in scenario.claimants {
            #expect(claimant.context?.fr?.isEmpty == false, "\(name)/\(claimant.id): no French context")
            #expect(claimant.context?.en?.isEmpty == false, "\(name)/\(claimant.id): no English context")
        }
    }

    @Test(arguments: scenarioNames)
    func everyScenarioLoadsWithEachOfItsAlternativeRulesets(name: String) throws {
        let scenario = try Self.lesson(name).simulation.scenario
        for alternative in scenario.alternativeRulesets {
            let located = try #require(Self.library.locateScenario(name))
            let report = Self.library.loadScenario(located, lang: .fr, rulesetReference: alternative)
            #expect(!report.diagnostics.hasErrors, "\(name) with \(alternative): \(report.diagnostics.map { $0.render(.en) }.joined(separator: "\n"))")
            #expect(report.simulation?.ruleset.id == alternative)
        }
    }

    @Test func theNewJREScenariosOfferTheControlRuleset() throws {
        for name in ["reconversion", "decouragement", "maladie-contrat-court", "cas-silencieux", "hors-ligne"] {
            #expect(try Self.lesson(name).simulation.scenario.alternativeRulesets == ["cre-controle"], "\(name)")
        }
    }

    /// The « controller » ruleset reads the very same data: any jre-standard scenario loads with it.
    @Test(arguments: jreStandardScenarios)
    func everyJREStandardScenarioCanBeReadOnTheControlSide(name: String) throws {
        let located = try #require(Self.library.locateScenario(name))
        let report = Self.library.loadScenario(located, lang: .fr, rulesetReference: "cre-controle")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { $0.render(.en) }.joined(separator: "\n"))")
        #expect(report.simulation != nil)
    }

    // MARK: - The rulesets

    static func ruleset(_ name: String) throws -> Ruleset {
        let text = try #require(BundledScenarios.files["rulesets/\(name).yaml"])
        let located = ScenarioLibrary.Located(origin: .bundled("rulesets/\(name).yaml"), file: SourceFile(path: "bundled:rulesets/\(name).yaml", text: text))
        return try #require(Self.library.loadRuleset(located, lang: .fr).ruleset).ruleset
    }

    static func vocabulary(_ ruleset: Ruleset) -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: ruleset.eventTypes.map { ($0.id, ($0.attributes ?? []).map(\.name)) })
    }

    @Test func theControlRulesetHasExactlyTheStandardVocabularyAndRSAExtendsIt() throws {
        let standard = try Self.ruleset("jre-standard"), control = try Self.ruleset("cre-controle"), rsa = try Self.ruleset("rsa-15h")
        #expect(control.eventTypes.map(\.id) == standard.eventTypes.map(\.id))
        #expect(Self.vocabulary(control) == Self.vocabulary(standard))
        for type in standard.eventTypes {
            #expect(control.eventType(type.id)?.label == type.label, "\(type.id)")
            let attributes = Set(Self.vocabulary(rsa)[type.id] ?? [])
            #expect(attributes.isSuperset(of: Self.vocabulary(standard)[type.id] ?? []), "rsa-15h drops attributes of \(type.id)")
        }
        #expect(rsa.eventType("exemption") != nil)
        #expect(Self.vocabulary(rsa)["activity"]?.contains("hours") == true)
    }

    @Test func theControlRulesetSortsIntoTheThreeDocumentedCategories() throws {
        let control = try Self.ruleset("cre-controle")
        let criteria = ["sans_travail_ni_formation", "sans_usage_numerique", "sans_contact_conseiller",
                        "controle_anterieur", "sans_candidature_site", "heures_non_atteintes"]
        for id in criteria {
            let score = try #require(control.scores.first { $0.id == id }, "criterion \(id)")
            #expect(score.provenance.status == .documented, "criterion \(id) is documented (LQDN via Clubic, May 2025)")
        }
        let tri = try #require(control.scores.first { $0.id == "tri" })
        #expect(tri.levels.map(\.name) == ["controle", "cloture_potentielle", "cloture"])
        #expect(tri.levels.map(\.severity) == [.alert, .watch, .ok])
        #expect(tri.provenance.status == .illustrative, "the combination is a reconstruction")
        let open = try #require(control.decisions.first { $0.id == "ouvrir_controle" })
        #expect(open.justification == .required)
        #expect(open.evidence == EvidenceRequirement(count: 2, domains: 2))
        #expect(control.decisions.contains { $0.id == "classer" })
        for parameter in control.parameters where parameter.id != "objectif_heures" {
            #expect(parameter.provenance.status == .illustrative, "\(parameter.id): thresholds are reconstructed")
        }
    }

    @Test(arguments: ["jre-standard", "cre-controle", "rsa-15h"])
    func everyRulesetDeclaresEvidenceInSeveralDomainsAndEveryRuleItsSource(name: String) throws {
        let ruleset = try Self.ruleset(name)
        let domains = Set(ruleset.evidence.map(\.domain))
        #expect((6...10).contains(ruleset.evidence.count), "\(name): \(ruleset.evidence.count) indices")
        #expect((3...5).contains(domains.count), "\(name): \(domains.count) domains")
        for index in ruleset.evidence {
            #expect(index.label.fr?.isEmpty == false && index.label.en?.isEmpty == false, "\(name)/\(index.id)")
            #expect(index.domainLabel?.fr?.isEmpty == false && index.domainLabel?.en?.isEmpty == false, "\(name)/\(index.id)")
        }
        for decision in ruleset.decisions where decision.evidence != nil {
            #expect(decision.justification == .required, "\(name)/\(decision.id)")
            #expect(domains.count >= decision.evidence!.domains, "\(name)/\(decision.id) asks for more domains than exist")
            #expect(ruleset.evidence.count >= decision.evidence!.count, "\(name)/\(decision.id) asks for more indices than exist")
        }
        #expect(ruleset.provenance.source != nil)
        for parameter in ruleset.parameters { #expect(parameter.provenance.source != nil, "\(name): parameter \(parameter.id)") }
        for score in ruleset.scores { #expect(score.provenance.source != nil, "\(name): score \(score.id)") }
        for alert in ruleset.alerts { #expect(alert.provenance.source != nil, "\(name): alert \(alert.id)") }
        for decision in ruleset.decisions { #expect(decision.provenance.source != nil, "\(name): decision \(decision.id)") }
    }

    @Test func theStandardReferralToControlNowRequiresTwoIndicesFromTwoDomains() throws {
        let standard = try Self.ruleset("jre-standard")
        let referral = try #require(standard.decisions.first { $0.id == "signalement_controle" })
        #expect(referral.evidence == EvidenceRequirement(count: 2, domains: 2))
        #expect(referral.justification == .required)
    }

    // MARK: - One lesson per scenario

    /// « Le portefeuille du lundi »: the offline searcher is flagged every day, the online one never;
    /// the carer and the trainee are flagged for what the journal cannot see.
    @Test func portefeuilleFlagsTracesNotPeople() throws {
        let lesson = try Self.lesson("portefeuille")
        #expect(try lesson.days("gerard", "dynamique_faible") == Array(lesson.days))
        #expect(try lesson.flaggedDays("ines").isEmpty)
        #expect(try lesson.isOn("nadia", "dynamique_faible", day: 50), "the carer is flagged while caring")
        #expect(try lesson.isOn("nadia", "situations_a_examiner", day: 50))
        #expect(try lesson.isOn("elodie", "dynamique_faible", day: 45), "the prescribed training is flagged")
        #expect(try !lesson.isOn("elodie", "dynamique_faible", day: 80), "and no longer once she applies again")
    }

    /// « Aidantes et aidants »: the carer is flagged « dynamique faible » from week 5 to the end;
    /// the comparison point never is; the long-term carer is « Parcours à analyser » throughout.
    @Test func aidanteFlagsCare() throws {
        let lesson = try Self.lesson("aidante")
        #expect(try lesson.days("sandrine", "dynamique_faible") == Array(35...56))
        #expect(try lesson.isOn("sandrine", "situations_a_examiner", day: 43))
        #expect(try lesson.days("mehdi", "dynamique_faible").contains(43))
        #expect(try !lesson.isOn("mehdi", "dynamique_faible", day: 56), "he resumes once a support worker is appointed")
        #expect(try lesson.days("josiane", "parcours_a_analyser") == Array(lesson.days))
        #expect(try lesson.flaggedDays("lea").isEmpty)
    }

    /// « Sans ordinateur »: no equipment, flagged every day; same lack of a computer with a support
    /// desk, never flagged; the prepaid-data searcher only while his data runs out.
    @Test func sansOrdinateurFlagsTheLackOfEquipment() throws {
        let lesson = try Self.lesson("sans-ordinateur")
        #expect(try lesson.days("odette", "dynamique_faible") == Array(lesson.days))
        #expect(try lesson.flaggedDays("nathalie").isEmpty)
        #expect(try lesson.isOn("bruno", "dynamique_faible", day: 36))
        #expect(try lesson.flaggedDays("bruno").allSatisfy { (29...49).contains($0) }, "only while his data runs out")
    }

    /// « Changer de métier »: exploring trades is « Parcours à analyser » (dispersion); the alert goes
    /// off with the number of applications, not with the project: Olivier never narrows, and his
    /// alert still goes off in week 7. The single-trade searcher is never flagged; three paths stay
    /// just under the threshold, and tip over when it is lowered to three codes.
    @Test func reconversionReadsExplorationAsDispersion() throws {
        let lesson = try Self.lesson("reconversion")
        #expect(try lesson.isOn("karine", "parcours_a_analyser", day: 15))
        #expect(try lesson.level("karine", "dispersion", day: 15) == "eleve")
        #expect(try !lesson.isOn("karine", "parcours_a_analyser", day: 36), "off after her choice")
        #expect(try Self.runs(lesson.days("karine", "parcours_a_analyser")).count == 1)
        #expect(try lesson.isOn("olivier", "parcours_a_analyser", day: 15))
        #expect(try lesson.isOn("olivier", "parcours_a_analyser", day: 36))
        let olivier = try lesson.days("olivier", "parcours_a_analyser")
        #expect(Self.runs(olivier).count == 1 && (43...49).contains(olivier.last ?? 0), "goes off in week 7: \(Self.runs(olivier))")
        #expect(try !lesson.isOn("olivier", "parcours_a_analyser", day: 56))
        #expect(try lesson.flaggedDays("amandine").isEmpty)
        #expect(try lesson.flaggedDays("samir").isEmpty)
        #expect(try lesson.level("samir", "dispersion", day: 36) == "modere", "just under the threshold")
        let lowered = try lesson.with(["seuil_codes_rome": 3])
        #expect(try !lowered.days("samir", "parcours_a_analyser").isEmpty, "three codes instead of four: Samir tips over")
        #expect(try lowered.flaggedDays("amandine").isEmpty)
    }

    /// « Sans réponse »: silence and a falling slider make Monique a « Situation à examiner » from the
    /// first low slider to the end; Théo's explicit refusals keep him unflagged at week 5, his break
    /// flags him at week 8; the smiling slider hides Fatou; Leïla, who gets answers, is never flagged.
    @Test func decouragementReadsTheMarketAsPsychology() throws {
        let lesson = try Self.lesson("decouragement")
        #expect(try lesson.days("monique", "situations_a_examiner") == Array(31...70))
        #expect(try lesson.level("monique", "perte_confiance", day: 36) == "eleve")
        #expect(try lesson.level("monique", "dynamique", day: 36) == "forte", "she never stops applying")
        #expect(try !lesson.flaggedDays("theo").contains(36))
        #expect(try lesson.level("theo", "perte_confiance", day: 36) == "modere", "refusals count as answers")
        #expect(try lesson.isOn("theo", "situations_a_examiner", day: 57))
        #expect(try lesson.isOn("theo", "dynamique_faible", day: 57))
        #expect(try lesson.flaggedDays("fatou").isEmpty)
        #expect(try lesson.flaggedDays("leila").isEmpty)
    }

    /// « Arrêt maladie, contrat court »: illness declared late, illness declared on time and a short
    /// contract all give the same « Dynamique de recherche faible » (week 7), none yet at week 5;
    /// the one who keeps typing at night is never flagged. On the control side, the contract counts.
    @Test func maladieContratCourtIgnoresWhatTheFileRecords() throws {
        let lesson = try Self.lesson("maladie-contrat-court")
        for id in ["stephane", "yasmine", "melissa"] {
            #expect(try lesson.isOn(id, "dynamique_faible", day: 43), "\(id)")
            #expect(try !lesson.flaggedDays(id).contains(29), "\(id): the 30-day window still hides the stop")
            #expect(try !lesson.isOn(id, "dynamique_faible", day: 56), "\(id) resumes")
        }
        #expect(try lesson.flaggedDays("nicolas").isEmpty)
        let scenario = lesson.simulation.scenario
        let yasmine = try #require(scenario.claimants.first { $0.id == "yasmine" })
        let sickLeave = try #require(yasmine.events.first { $0.type == "sick_leave" })
        #expect(sickLeave.attributes["declared_late"] == .bool(false))
        #expect(try lesson.flaggedDays("yasmine").allSatisfy { $0 > sickLeave.day }, "flagged although the sick note was on file")
        let control = try Self.lesson("maladie-contrat-court", ruleset: "cre-controle")
        #expect(try control.days("melissa", "orientation_controle").isEmpty)
        #expect(try control.days("stephane", "orientation_controle").isEmpty)
    }

    /// « Le cas silencieux »: Gilles, whose situation worsens, is never flagged on any day — nor is
    /// Manon, who is fine; Sabrina (a promised job) and Laurent (depression) are flagged at week 8.
    @Test func casSilencieuxIsNeverFlagged() throws {
        let lesson = try Self.lesson("cas-silencieux")
        #expect(try lesson.flaggedDays("gilles").isEmpty)
        #expect(try lesson.flaggedDays("manon").isEmpty)
        #expect(try lesson.isOn("sabrina", "dynamique_faible", day: 50))
        #expect(try lesson.isOn("laurent", "situations_a_examiner", day: 50))
        #expect(try lesson.days("sabrina", "dynamique_faible").last == 63, "still flagged once she has started work")
        let control = try Self.lesson("cas-silencieux", ruleset: "cre-controle")
        #expect(try control.days("gilles", "orientation_controle").isEmpty, "silent on the control side too")
    }

    /// « Hors ligne »: the offline searcher is flagged every day, and steered towards control every
    /// day on the control side; the one-click applicant is never flagged; the offline searcher whose
    /// advisor types for him is never flagged, yet is steered towards control; the half-typed search
    /// goes on and off.
    @Test func horsLigneFlagsTheOfflineSearchEveryWeek() throws {
        let lesson = try Self.lesson("hors-ligne")
        #expect(try lesson.days("rene", "dynamique_faible") == Array(lesson.days))
        #expect(try lesson.flaggedDays("jessica").isEmpty)
        #expect(try lesson.flaggedDays("abdel").isEmpty)
        #expect(try Self.runs(lesson.days("soizic", "dynamique_faible")).count >= 3, "on and off with what she typed")
        let control = try Self.lesson("hors-ligne", ruleset: "cre-controle")
        #expect(try control.days("rene", "orientation_controle") == Array(control.days))
        #expect(try control.isOn("abdel", "orientation_controle", day: 36))
        #expect(try control.days("jessica", "orientation_controle").isEmpty)
    }

    /// « L'agenda des 15 heures »: the exempt recipient is never flagged; undeclared volunteering is
    /// « insufficient » every day until declared, and « repeated breaches » to the end; the
    /// disability exemption only protects from the day it is entered; the lone mother's two short
    /// weeks become « repeated breaches ».
    @Test func agendaRSACountsDeclaredHoursOnly() throws {
        let lesson = try Self.lesson("agenda-rsa")
        #expect(lesson.simulation.ruleset.id == "rsa-15h")
        #expect(try lesson.flaggedDays("sylvie").isEmpty)
        #expect(try lesson.flaggedDays("aurelie").isEmpty)
        #expect(try lesson.days("karim", "heures_insuffisantes") == Array(1...42))
        #expect(try lesson.isOn("karim", "manquements_repetes", day: 56), "the empty weeks stay in the window")
        #expect(try lesson.days("jeanmarc", "heures_insuffisantes") == Array(1...28))
        #expect(try lesson.flaggedDays("jeanmarc").allSatisfy { $0 < 29 })
        #expect(try lesson.days("nadege", "heures_insuffisantes") == Array(22...28) + Array(36...42) + Array(50...56))
        #expect(try lesson.isOn("nadege", "manquements_repetes", day: 36))
    }

    /// Exemptions are honoured: from the day an exemption is recorded, no alert, whatever the hours.
    @Test func anExemptedRecipientIsNeverFlagged() throws {
        let lesson = try Self.lesson("agenda-rsa")
        var exemptions = 0
        for claimant in lesson.simulation.scenario.claimants {
            guard let exemption = claimant.events.first(where: { $0.type == "exemption" }) else { continue }
            exemptions += 1
            let flagged = try lesson.flaggedDays(claimant.id).filter { $0 >= exemption.day }
            #expect(flagged.isEmpty, "\(claimant.id) is flagged after the exemption of day \(exemption.day): \(Self.runs(flagged))")
        }
        #expect(exemptions >= 2)
    }
}
