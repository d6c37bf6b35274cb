import Foundation
import Testing
@testable import JRECore
import JREText

/// A recorded workshop, small enough to check by hand: six claimants over three weeks, two alerts.
///
/// With the thresholds in force at the end (window 14, seuil_faible 2, jours_sans_connexion 10) and
/// the clock on day 19, the alerts are:
/// - alice (applies every other day): never flagged;
/// - bruno (stops after day 6): dynamique_faible 18–19, sans_connexion 16–19;
/// - chloe (one application, weekly logins): dynamique_faible 1–19;
/// - david (stops after day 7): dynamique_faible 17–19, sans_connexion 17–19;
/// - emma (applies daily, twice on day 1; no context, no situation): never flagged;
/// - fanny (logs in daily, stops applying after day 1): dynamique_faible 15–19.
enum DebriefFixture {
    static let ruleset = """
    format: 1
    title: {fr: "Règles d'atelier (test)", en: "Workshop rules (test)"}
    language: fr
    provenance: {status: illustrative, source: "Règles inventées pour les tests."}
    events:
      login: {fr: "Connexion", en: "Login"}
      application: {fr: "Candidature", en: "Application"}
    parameters:
      window: {value: 7, min: 1, max: 21, step: 1, unit: {fr: "jours", en: "days"}, label: {fr: "Fenêtre d'observation", en: "Observation window"}}
      seuil_faible: {value: 2, min: 0, max: 6, step: 1, label: {fr: "Seuil de dynamique faible", en: "Low-dynamic threshold"}}
      jours_sans_connexion: {value: 10, min: 1, max: 21, step: 1, unit: {fr: "jours", en: "days"}, label: {fr: "Jours sans connexion", en: "Days without login"}}
    scores:
      candidatures:
        label: {fr: "Candidatures récentes", en: "Recent applications"}
        value: "count(application, window)"
        levels:
          - {name: faible, if: "value < seuil_faible", severity: alert, label: {fr: "faible", en: "low"}}
          - {name: normale, severity: ok, label: {fr: "normale", en: "normal"}}
      absence:
        label: {fr: "Jours depuis la dernière connexion", en: "Days since the last login"}
        value: "days_since(login)"
    alerts:
      dynamique_faible:
        label: {fr: "Dynamique faible", en: "Low dynamic"}
        when: "candidatures.level = 'faible'"
      sans_connexion:
        label: {fr: "Sans connexion", en: "No login"}
        when: "absence >= jours_sans_connexion"
    decisions:
      - {id: aucune_action, label: {fr: "Aucune action", en: "No action"}, justification: optional}
      - {id: message, label: {fr: "Envoyer un message", en: "Send a message"}, justification: optional}
      - {id: convocation, label: {fr: "Convocation à un entretien", en: "Summon to an interview"}, justification: optional}
      - {id: signalement_controle, label: {fr: "Signalement au contrôle", en: "Referral to control"}, justification: required}
    """

    /// The same rules with a stricter default, to switch to.
    static let strictRuleset = ruleset
        .replacingOccurrences(of: "Règles d'atelier (test)", with: "Règles strictes (test)")
        .replacingOccurrences(of: "seuil_faible: {value: 2,", with: "seuil_faible: {value: 5,")

    static func events(_ type: String, _ days: [Int]) -> [String] { days.map { "{day: \($0), type: \(type)}" } }

    static func claimant(_ id: String, _ name: String, context: (fr: String, en: String)?, situation: String?, events: [String]) -> String {
        var text = "  - id: \(id)\n    name: \"\(name)\"\n"
        if let context { text += "    context:\n      fr: \"\(context.fr)\"\n      en: \"\(context.en)\"\n" }
        if let situation { text += "    situation: \(situation)\n" }
        return text + "    events:\n" + events.map { "      - \($0)\n" }.joined()
    }

    static let scenario: String = {
        var text = """
        format: 1
        title: {fr: "Atelier de test", en: "Test workshop"}
        language: fr
        ruleset: atelier-regles
        alternative_rulesets: [atelier-strict]
        start: 2024-03-04
        days: 21
        claimants:

        """
        let odd = Array(stride(from: 1, through: 21, by: 2))
        text += claimant("alice", "Alice Martin", context: ("Cherche en ligne chaque soir.", "Searches online every evening."), situation: "active_online",
                         events: events("application", [1] + odd) + events("login", odd))
        text += claimant("bruno", "Bruno Petit", context: ("Accompagne son père malade à partir du jour 7.", "Cares for his sick father from day 7."), situation: "caring",
                         events: events("application", [1, 1, 2, 4, 6]) + events("login", Array(1...6)))
        text += claimant("chloe", "Chloé Durand", context: ("Dépose ses CV à pied, sans rien saisir.", "Drops off CVs on foot and enters nothing."), situation: "active_offline",
                         events: events("application", [1]) + events("login", [1, 8, 15]))
        text += claimant("david", "David Roux", context: ("Mission d'intérim à partir du jour 8.", "Temp assignment from day 8."), situation: "short_contract",
                         events: events("application", [1, 1, 3, 5]) + events("login", Array(1...7)))
        text += claimant("emma", "Emma Leroy", context: nil, situation: nil,
                         events: events("application", [1] + Array(1...21)) + events("login", Array(1...21)))
        text += claimant("fanny", "Fanny Blanc", context: ("Se connecte par habitude, n'y croit plus.", "Logs in out of habit, no longer believes in it."), situation: "discouraged",
                         events: events("application", [1, 1]) + events("login", Array(1...21)))
        return text
    }()

    static let library = ScenarioLibrary(bundled: [
        "atelier.yaml": scenario,
        "rulesets/atelier-regles.yaml": ruleset,
        "rulesets/atelier-strict.yaml": strictRuleset,
    ])

    static func at(_ minute: Int) -> String { "2024-03-04T09:\(minute < 10 ? "0" : "")\(minute):00Z" }

    static func decision(day: Int, _ claimant: String, _ name: String, _ decision: String, _ label: String, justification: String? = nil,
                         alerts: [String], candidatures: Double, absence: Double?, parameters: [String: Double]) -> DecisionRecord {
        DecisionRecord(
            day: day, date: CivilDate(iso: "2024-03-04")!.adding(days: day - 1).description, claimant: claimant, claimantName: name,
            decision: decision, decisionLabel: label, justification: justification, evidence: [], alerts: alerts,
            levels: ["candidatures": alerts.contains("dynamique_faible") ? "faible" : "normale"],
            scores: ["candidatures": candidatures, "absence": absence], parameters: parameters,
            ruleset: "atelier-regles", rulesetHash: SourceFile(path: "", text: ruleset).fingerprint, scenarioHash: SourceFile(path: "", text: scenario).fingerprint)
    }

    /// The journal as the console would write it: each decision records the alerts the screen showed then.
    static let entries: [SessionEntry] = {
        let start = ["window": 7.0, "seuil_faible": 2, "jours_sans_connexion": 10]
        let stricter = ["window": 7.0, "seuil_faible": 4, "jours_sans_connexion": 10]
        let both = ["window": 7.0, "seuil_faible": 4, "jours_sans_connexion": 5]
        let wider = ["window": 14.0, "seuil_faible": 2, "jours_sans_connexion": 10]
        return [
            SessionEntry(kind: .opened, at: at(0), day: 1, ruleset: "atelier-regles", scenario: "atelier",
                         scenarioHash: SourceFile(path: "", text: scenario).fingerprint, rulesetHash: SourceFile(path: "", text: ruleset).fingerprint),
            SessionEntry(kind: .clockMoved, at: at(5), day: 8),
            SessionEntry(kind: .decisionTaken, at: at(6), day: 8, decision: decision(
                day: 8, "chloe", "Chloé Durand", "aucune_action", "Aucune action", alerts: ["dynamique_faible"], candidatures: 0, absence: 0, parameters: start)),
            SessionEntry(kind: .clockMoved, at: at(10), day: 12),
            SessionEntry(kind: .thresholdChanged, at: at(11), day: 12, parameter: "seuil_faible", value: 4),
            SessionEntry(kind: .decisionTaken, at: at(12), day: 12, decision: decision(
                day: 12, "alice", "Alice Martin", "convocation", "Convocation à un entretien", alerts: ["dynamique_faible"], candidatures: 3, absence: 1, parameters: stricter)),
            SessionEntry(kind: .thresholdChanged, at: at(13), day: 12, parameter: "jours_sans_connexion", value: 5),
            SessionEntry(kind: .decisionTaken, at: at(14), day: 12, decision: decision(
                day: 12, "chloe", "Chloé Durand", "signalement_controle", "Signalement au contrôle",
                justification: "Aucune candidature saisie depuis le jour 1 | « à vérifier »",
                alerts: ["dynamique_faible"], candidatures: 0, absence: 4, parameters: both)),
            SessionEntry(kind: .clockMoved, at: at(20), day: 16),
            SessionEntry(kind: .decisionTaken, at: at(21), day: 16, decision: decision(
                day: 16, "bruno", "Bruno Petit", "message", "Envoyer un message", alerts: ["dynamique_faible", "sans_connexion"], candidatures: 0, absence: 10, parameters: both)),
            SessionEntry(kind: .thresholdsReset, at: at(22), day: 16),
            SessionEntry(kind: .thresholdChanged, at: at(23), day: 16, parameter: "window", value: 14),
            SessionEntry(kind: .clockMoved, at: at(30), day: 19),
            SessionEntry(kind: .decisionTaken, at: at(31), day: 19, decision: decision(
                day: 19, "emma", "Emma Leroy", "aucune_action", "Aucune action", alerts: [], candidatures: 14, absence: 0, parameters: wider)),
            SessionEntry(kind: .decisionTaken, at: at(32), day: 19, decision: decision(
                day: 19, "david", "David Roux", "convocation", "Convocation à un entretien", justification: "Vérifier sa situation",
                alerts: ["dynamique_faible", "sans_connexion"], candidatures: 0, absence: 12, parameters: wider)),
        ]
    }()
}

/// The debrief export of a recorded session: goldens in every format, and what each format must hold.
@Suite struct DebriefExportTests {
    /// The fixture journal written to disk and read back, as the `debrief` command does.
    static func recordedSession(_ entries: [SessionEntry] = DebriefFixture.entries, lang: Lang = .fr, day: Int? = nil) throws -> DebriefSession {
        let folder = try SessionJournalTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SessionJournalTests.writeJournal(entries, in: folder)
        let (read, problems) = SessionJournal.read(folder: folder)
        #expect(problems.isEmpty)
        return try DebriefExport.load(entries: read, library: DebriefFixture.library, lang: lang, day: day)
    }

    static func claimant(_ debrief: Debrief, _ id: String) throws -> Debrief.ClaimantStory {
        try #require(debrief.claimants.first { $0.id == id })
    }

    // MARK: The model behind every format

    @Test func timelinesUseTheThresholdsInForceAtTheEnd() throws {
        let session = try Self.recordedSession()
        let debrief = session.export.debrief
        #expect(session.changedFiles.isEmpty)
        #expect(debrief.lastDay == 19)
        #expect(debrief.alertIds == ["dynamique_faible", "sans_connexion"])
        #expect(try Self.claimant(debrief, "alice").alertDays == [[], []])
        #expect(try Self.claimant(debrief, "bruno").alertDays == [[18, 19], Array(16...19)])
        #expect(try Self.claimant(debrief, "chloe").alertDays == [Array(1...19), []])
        #expect(try Self.claimant(debrief, "david").alertDays == [Array(17...19), Array(17...19)])
        #expect(try Self.claimant(debrief, "emma").alertDays == [[], []])
        #expect(try Self.claimant(debrief, "fanny").alertDays == [Array(15...19), []])
        #expect(debrief.parameters.map(\.id) == ["window", "seuil_faible", "jours_sans_connexion"])
        #expect(debrief.parameters.map(\.value) == [14, 2, 10])
    }

    @Test func cohortFigures() throws {
        let debrief = try Self.recordedSession().export.debrief
        #expect(debrief.decisions.count == 6)
        #expect(debrief.decisionsFollowingAlert == 5)
        #expect(debrief.alertDays == 2 + 4 + 19 + 3 + 3 + 5)
        #expect(debrief.alertDaysExplainedByContext == 6 + 6)
        #expect(debrief.alertDaysOnActiveSearch == 19)
        #expect(debrief.claimantsWithSituation == 5)
        #expect(debrief.alertCounts[0][0] == 1)
        #expect(debrief.alertCounts[0][18] == 4)
        #expect(debrief.alertCounts[1][18] == 2)
    }

    @Test func aRunOfPressesOnOneParameterIsOneSettledChange() throws {
        // The lab records every press; the room meant one change: 7 → 10 days, then back to 2.
        let at = DebriefFixture.at
        let opened = DebriefFixture.entries[0]
        var entries = [opened, SessionEntry(kind: .clockMoved, at: at(1), day: 12)]
        entries += (8...10).map { SessionEntry(kind: .thresholdChanged, at: at(1 + $0), day: 12, parameter: "window", value: Double($0)) }
        entries.append(SessionEntry(kind: .thresholdChanged, at: at(20), day: 12, parameter: "seuil_faible", value: 3))
        entries += [3, 2].map { SessionEntry(kind: .thresholdChanged, at: at(22 - $0), day: 12, parameter: "seuil_faible", value: Double($0)) }
        let debrief = try Self.recordedSession(entries).export.debrief
        // seuil_faible went 2 → 3 → 3 → 2: back where it started, so no change at all.
        #expect(debrief.thresholdChanges.map(\.parameter) == ["window"])
        #expect(debrief.thresholdChanges.first?.from == 7 && debrief.thresholdChanges.first?.to == 10)
        let markdown = try Self.recordedSession(entries).export.markdown()
        #expect(markdown.contains("Fenêtre d'observation : 7 jours → 10 jours"))
        #expect(!markdown.contains("(window)"), "no raw parameter id")
        let english = try Self.recordedSession(entries, lang: .en).export.markdown()
        #expect(english.contains("Observation window: 7 days → 10 days"))
    }

    @Test func countsTakeTheirPluralInBothLanguages() throws {
        for lang in Lang.allCases {
            let markdown = try Self.recordedSession(lang: lang).export.markdown()
            #expect(!markdown.contains("(s)"), "no « (s) » in \(lang)")
        }
        let french = try Self.recordedSession().export.markdown()
        #expect(french.contains("6 demandeurs, dont 4 signalés au moins un jour"))
        #expect(french.contains("6 décisions prises par la salle, dont 5 alors"))
        let english = try Self.recordedSession(lang: .en).export.markdown()
        #expect(english.contains("6 claimants, 4 of them flagged on at least one day"))
        #expect(PluralPhrase.isSingular(0, .fr) && !PluralPhrase.isSingular(0, .en))
        #expect(Strings.debriefDecisions.format(.fr, count: 1) == "1 décision" && Strings.debriefDecisions.format(.en, count: 2) == "2 decisions")
        // Units are written in the plural; « 1 points » never shows.
        #expect(Strings.unit("points", for: 1, .fr) == "point" && Strings.unit("jours", for: 1.5, .fr) == "jour")
        #expect(Strings.unit("candidatures par code", for: 1, .fr) == "candidature par code" && Strings.unit("mois", for: 1, .fr) == "mois")
        #expect(Strings.unit("days", for: 1.5, .en) == "days" && Strings.unit("days", for: 1, .en) == "day" && Strings.unit("criteria", for: 1, .en) == "criterion")
    }

    @Test func thresholdChangesSayWhomTheyMoved() throws {
        let debrief = try Self.recordedSession().export.debrief
        let changes = debrief.thresholdChanges
        #expect(changes.map(\.parameter) == ["seuil_faible", "jours_sans_connexion", "*", "window"])
        #expect(changes.map(\.day) == [12, 12, 16, 16])
        let names = debrief.claimants.map(\.id)
        /// [gained, lost] for one change and alert, by id.
        func moved(_ change: Int, _ alert: Int) -> [[String]] {
            let entry = changes[change].changes[alert]
            return [entry.gained.map { names[$0] }, entry.lost.map { names[$0] }]
        }
        #expect(moved(0, 0) == [["alice"], []])
        #expect(moved(0, 1) == [[], []])
        #expect(moved(1, 0) == [[], []])
        #expect(moved(1, 1) == [["bruno", "david"], []])
        #expect(moved(2, 0) == [[], ["alice"]])
        #expect(moved(2, 1) == [[], ["david"]])
        #expect(moved(3, 0) == [[], ["bruno", "david"]])
        #expect(moved(3, 1) == [[], []])
        #expect(changes[2].from == nil && changes[2].to == nil)
        #expect(changes[3].from == 7 && changes[3].to == 14)
    }

    @Test func theDayOptionEndsTheTimelines() throws {
        let debrief = try Self.recordedSession(day: 10).export.debrief
        #expect(debrief.lastDay == 10)
        #expect(debrief.alertCounts.allSatisfy { $0.count == 10 })
        #expect(try Self.claimant(debrief, "chloe").alertDays[0] == Array(1...10))
    }

    // MARK: Loading a session

    @Test func aSessionWithoutOpenedEntryCannotBeDebriefed() throws {
        #expect(throws: DebriefSessionError.self) { try Self.recordedSession(Array(DebriefFixture.entries.dropFirst())) }
    }

    @Test func anUnknownScenarioIsNamedWithTheKnownOnes() throws {
        var entries = DebriefFixture.entries
        entries[0].scenario = "ateleir"
        do {
            _ = try Self.recordedSession(entries)
            Issue.record("expected scenarioNotFound")
        } catch let error as DebriefSessionError {
            guard case .scenarioNotFound(let reference, let names) = error else { Issue.record("unexpected \(error)"); return }
            #expect(reference == "ateleir")
            #expect(names == ["atelier"])
        }
    }

    @Test func aDayOutsideTheScenarioIsRefused() throws {
        do {
            _ = try Self.recordedSession(day: 22)
            Issue.record("expected dayOutOfRange")
        } catch let error as DebriefSessionError {
            guard case .dayOutOfRange(22, 21) = error else { Issue.record("unexpected \(error)"); return }
        }
    }

    @Test func changedFilesAreNoticed() throws {
        var entries = DebriefFixture.entries
        entries[0].scenarioHash = "0000000000000000"
        entries[0].rulesetHash = "0000000000000000"
        let session = try Self.recordedSession(entries)
        #expect(session.changedFiles == ["bundled:atelier.yaml", "bundled:rulesets/atelier-regles.yaml"])
    }

    @Test func theJournalsRulesetWinsAfterASwitch() throws {
        var entries = Array(DebriefFixture.entries.prefix(2))
        entries.append(SessionEntry(kind: .rulesetSwitched, at: DebriefFixture.at(40), day: 8, ruleset: "atelier-strict"))
        let session = try Self.recordedSession(entries)
        let debrief = session.export.debrief
        #expect(debrief.rulesetId == "atelier-strict")
        #expect(debrief.parameters.first { $0.id == "seuil_faible" }?.value == 5)
        // Under the strict default (fewer than 5 applications in 7 days) alice is flagged except on day 7,
        // whose window holds her two applications of day 1 and those of days 3, 5 and 7.
        #expect(try Self.claimant(debrief, "alice").alertDays[0] == [1, 2, 3, 4, 5, 6, 8])
        #expect(session.changedFiles.isEmpty)
    }

    // MARK: Goldens (read by hand against the fixture above)

    @Test func markdownGolden() throws {
        Golden.check(try Self.recordedSession().export.markdown(), file: "debrief-atelier.md")
    }

    @Test func markdownGoldenInEnglish() throws {
        Golden.check(try Self.recordedSession(lang: .en).export.markdown(), file: "debrief-atelier-en.md")
    }

    @Test func csvGolden() throws {
        Golden.check(try Self.recordedSession().export.csv(), file: "debrief-atelier.csv")
    }

    @Test func jsonGolden() throws {
        Golden.check(try Self.recordedSession().export.json(), file: "debrief-atelier.json")
    }

    @Test func htmlGolden() throws {
        Golden.check(try Self.recordedSession().export.html(), file: "debrief-atelier.html")
    }

    // MARK: What each format must hold

    @Test func htmlIsOneSelfContainedPrintablePage() throws {
        let session = try Self.recordedSession()
        let html = session.export.html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http://"))
        #expect(!html.contains("https://"))
        for attribute in [" src=", " href=", "@import", "<link", "<iframe", "<img"] { #expect(!html.lowercased().contains(attribute), "\(attribute)") }
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("page-break-inside: avoid"))
        #expect(html.contains(".claimant {") && html.contains("break-inside: avoid"))
        // One chart per alert (counts over the days) and one timeline strip per claimant.
        let debrief = session.export.debrief
        #expect(Self.occurrences(of: "<svg", in: html) == debrief.alertIds.count + debrief.claimants.count)
        #expect(Self.occurrences(of: "</svg>", in: html) == Self.occurrences(of: "<svg", in: html))
        #expect(Self.occurrences(of: "<article class=\"claimant\"", in: html) == debrief.claimants.count)
        // Every pattern a shape uses is defined once.
        let used = Set(Self.captures(#"url\(#([a-z0-9-]+)\)"#, in: html))
        let defined = Self.captures(#"<pattern id="([a-z0-9-]+)""#, in: html)
        #expect(!used.isEmpty)
        #expect(used.isSubset(of: Set(defined)))
        #expect(defined.count == Set(defined).count)
        #expect(html.contains("lang=\"fr\""))
    }

    @Test func htmlEscapesWhatTheRoomTyped() throws {
        var entries = DebriefFixture.entries
        entries[7].decision?.justification = "<script>alert(1)</script> & « ok »"
        let html = try Self.recordedSession(entries).export.html()
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; « ok »"))
    }

    @Test func everyFormatSaysItIsATeachingSimulation() throws {
        for lang in Lang.allCases {
            let export = try Self.recordedSession(lang: lang).export
            let notice = Strings.exportNotice(lang)
            #expect(export.markdown().contains(notice))
            #expect(export.html().contains(DebriefExport.escape(notice)))
            #expect(export.json().contains(JSONWriter.quote(notice)))
        }
    }

    @Test func csvHasARowPerClaimantAndDay() throws {
        let csv = try Self.recordedSession().export.csv()
        let lines = csv.split(separator: "\n").map(String.init)
        // A spreadsheet's reader sees words: columns named in the language, alerts by their labels.
        #expect(lines.first == "jour,date,code du demandeur,nom,situation réelle,alerte : Dynamique faible (1 = active),alerte : Sans connexion (1 = active),"
            + "code de la décision,décision,alertes affichées lors de la décision,justification")
        #expect(lines.count == 1 + 6 * 19)
        #expect(lines.contains("12,2024-03-15,chloe,Chloé Durand,\"recherche active hors ligne, que le journal ne voit pas\",1,0,signalement_controle,Signalement au contrôle,"
            + "Dynamique faible,Aucune candidature saisie depuis le jour 1 | « à vérifier »"))
        #expect(lines.contains("19,2024-03-22,emma,Emma Leroy,,0,0,aucune_action,Aucune action,,"))
    }

    @Test func jsonParsesAndAgreesWithTheModel() throws {
        let export = try Self.recordedSession().export
        let object = try #require(try JSONSerialization.jsonObject(with: Data(export.json().utf8)) as? [String: Any])
        #expect(object["scenario"] as? String == "atelier")
        #expect(object["last_day"] as? Int == 19)
        let cohort = try #require(object["cohort"] as? [String: Any])
        #expect(cohort["decisions_following_alert"] as? Int == 5)
        #expect(cohort["alert_days_on_active_search"] as? Int == 19)
        let counts = try #require(object["alert_counts"] as? [String: [Int]])
        #expect(counts["dynamique_faible"] == export.debrief.alertCounts[0])
        let changes = try #require(object["threshold_changes"] as? [[String: Any]])
        #expect(changes.count == 4)
        #expect(changes[2]["reset"] as? Bool == true)
        let claimants = try #require(object["claimants"] as? [[String: Any]])
        #expect(claimants.map { $0["id"] as? String } == ["alice", "bruno", "chloe", "david", "emma", "fanny"])
        #expect(claimants[4]["situation"] is NSNull)
    }

    // MARK: Bundled scenarios

    @Test(arguments: Bundled.scenarioNames)
    func everyBundledClaimantHasATrueSituation(_ name: String) throws {
        let simulation = try Bundled.simulation(name)
        let missing = simulation.scenario.claimants.filter { $0.situation == nil }.map(\.id)
        #expect(missing.isEmpty, "no situation for \(missing)")
    }

    @Test(arguments: Bundled.scenarioNames)
    func aBundledSessionExportsInEveryFormat(_ name: String) throws {
        let simulation = try Bundled.simulation(name)
        let export = DebriefExport(simulation: simulation, session: SessionSnapshot(), lang: .en)
        let html = export.html()
        #expect(Self.occurrences(of: "<svg", in: html) == simulation.ruleset.alerts.count + simulation.scenario.claimants.count)
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
        for claimant in simulation.scenario.claimants {
            #expect(export.markdown().contains(DebriefExport.markdownEscape(claimant.name)))
        }
        #expect(export.csv().split(separator: "\n").count == 1 + simulation.scenario.claimants.count * simulation.scenario.days)
        #expect((try? JSONSerialization.jsonObject(with: Data(export.json().utf8))) != nil)
    }

    // MARK: Helpers

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    static func captures(_ pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
