import Foundation
import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText
import JREBundledScenarios

/// The trained suspicion score in the console: its column and alert on the board, « Pourquoi ? »
/// as ranked bars, the model screen (capacity, rates per group, four-fifths flags) and archetypes.
/// On a small fictional test scenario (`Fixtures/suspicion-console.yaml`) over the bundled
/// `suspicion` ruleset and its model.
@Suite struct TrainedScoreConsoleTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/suspicion-console.yaml").path

    static let simulation: Simulation? = {
        let library = ScenarioLibrary(bundled: BundledScenarios.files, models: BundledScenarios.models)
        guard let located = ScenarioLibrary.locateFile(fixture) else { return nil }
        return library.loadScenario(located, lang: .fr).simulation
    }()

    static func board(day: Int = 60, width: Int = 120, height: Int = 40, lang: Lang = .fr) throws -> AppState {
        var state = AppState(lang: lang, picker: Console.picker(lang), width: width, height: height)
        state.open(try #require(simulation, "the test scenario did not load"), day: day)
        return state
    }

    // MARK: The board

    @Test func theBoardShowsTheSuspicionColumnAndThePriorityControlAlert() throws {
        let state = try Self.board()
        let text = state.text()
        #expect(text.contains("Contrôle prioritaire (reconstitution) ("), "the alert is a group with its count")
        #expect(text.contains("susp"), "the trained score has its badge column")
        #expect(text.contains("Reste du portefeuille"))
    }

    // MARK: « Pourquoi ? »

    /// Opens « Pourquoi ? » on the suspicion score of `name`.
    static func why(_ name: String, width: Int = 100, height: Int = 80, glyphs: Glyphs = .unicode) throws -> [String] {
        var state = try board(width: width, height: height)
        state.selectOnBoard(name)
        state.press(.enter)
        // The file's first item is the score; « w » explains it.
        state.press(.char("w"))
        return state.lines(glyphs)
    }

    @Test func whyShowsTheContributionsAsBarsRankedBySizeWithTheirSigns() throws {
        let lines = try Self.why("Mehdi Saidi")
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Ce qui a pesé, du plus fort au plus faible"))
        #expect(text.contains("Point de départ (une personne dont on ne sait rien) :"))
        #expect(text.contains("Probabilité obtenue :"))
        // Each bar line follows its label line and carries a signed size in log-odds.
        // Sizes are written as French numbers (« +0,41 »).
        let bars = lines.filter { $0.range(of: #"│.* [+−]?\d+(,\d{1,2})? (vers le contrôle|éloigne du contrôle|sans effet)"#, options: .regularExpression) != nil }
        #expect(bars.count == 10, "one bar per feature")
        let sizes = bars.compactMap { line -> Double? in
            guard let range = line.range(of: #" [+−]?\d+(,\d{1,2})? (vers|éloigne|sans)"#, options: .regularExpression) else { return nil }
            return Double(line[range].split(separator: " ")[0].replacingOccurrences(of: "−", with: "").replacingOccurrences(of: "+", with: "").replacingOccurrences(of: ",", with: "."))
        }
        #expect(sizes.count == 10)
        #expect(sizes == sizes.sorted(by: >), "strongest first: \(sizes)")
        // A bar pushing up is right of the axis, one pushing down left of it.
        for line in bars {
            let axis = try #require(line.firstIndex(of: "│"))
            let before = line[..<axis], after = line[line.index(after: axis)...]
            if line.contains("vers le contrôle") { #expect(after.hasPrefix("█") && !before.contains("█"), "\(line)") }
            if line.contains("éloigne du contrôle") { #expect(before.hasSuffix("█") && !after.contains("█"), "\(line)") }
            if line.contains("sans effet") { #expect(!line.contains("█"), "\(line)") }
        }
    }

    @Test func whyGivesValuesInWordsAndTheEventsBehindAnEventFeature() throws {
        let text = try Self.why("Mehdi Saidi").joined(separator: "\n")
        #expect(text.contains("Nationalité (groupe) : hors Union européenne"))
        #expect(text.contains("Compte bancaire à l'étranger : oui"))
        #expect(text.contains("Durée du dernier contrat : 90 jours"))
        #expect(text.contains("Connexions depuis l'étranger (90 jours) : 3"))
        #expect(text.contains("· jour 9 (14/01) Connexion à l'espace personnel — depuis l'étranger"), "the logins from abroad, dated, in words")
        #expect(text.contains("· jour 22 (27/01) Signalement par un conseiller"), "the report behind the reports feature")
    }

    @Test func whyOnThePriorityControlAlertShowsTheBarsOfTheScoreItReads() throws {
        // The board opens on the first person of the first group: someone under « Contrôle prioritaire ».
        var state = try Self.board(width: 100, height: 80)
        #expect(state.lines()[3].hasPrefix("■ Contrôle prioritaire (reconstitution) ("), "the alert's group comes first")
        state.press(.char("w"))
        let text = state.text()
        #expect(text.contains("⚑ Contrôle prioritaire (reconstitution)\u{00A0}: "), "the alert in a sentence")
        #expect(text.contains("Ce qui a pesé, du plus fort au plus faible"))
        #expect(text.contains("Connexions depuis l'étranger (90 jours) : "))
    }

    @Test func whyBarsFallBackToASCII() throws {
        let lines = try Self.why("Mehdi Saidi", glyphs: .ascii)
        let bars = lines.filter { $0.contains("vers le contrôle") && $0.contains("+") }
        #expect(!bars.isEmpty)
        for line in bars { #expect(line.contains("|#"), "\(line)") }
        #expect(!lines.joined().contains("█"))
    }

    // MARK: The model screen

    static func modelScreen(width: Int = 120, height: Int = 60, lang: Lang = .fr) throws -> AppState {
        var state = try board(width: width, height: height, lang: lang)
        // The sample is drawn off the screen's thread: here at once.
        state.runModelJobs(state.press(.char("M")))
        return state
    }

    /// « Sélectionnées : N · … » as a number.
    static func selectedCount(_ state: AppState) -> Int? {
        guard let line = state.lines().first(where: { $0.contains("Sélectionnées :") }),
              let range = line.range(of: #"Sélectionnées : [\d  ]+"#, options: .regularExpression) else { return nil }
        return Int(line[range].dropFirst("Sélectionnées : ".count).filter(\.isNumber))
    }

    @Test func mOpensTheModelScreenWithACapacityInControlsAMonth() throws {
        var state = try Self.modelScreen()
        guard case .model = state.screen else { Issue.record("M did not open the model screen"); return }
        let text = state.text()
        #expect(text.contains("200 contrôles par mois"), "5 % of the 4,000-person sample")
        #expect(text.contains("Documenté : les variables et la technique"))
        #expect(text.contains("Reconstitué : le modèle, les données"))
        #expect(text.contains("Parmi les personnes déjà contrôlées : précision"))
        #expect(Self.selectedCount(state) == 200)
        state.press(.right)
        #expect(state.text().contains("240 contrôles par mois"))
        #expect(Self.selectedCount(state) == 240, "more capacity selects more people")
        state.press(.left, times: 3)
        #expect(Self.selectedCount(state) == 120)
        state.press(.escape)
        #expect(state.screen == .board)
    }

    @Test func hSwitchesTheSampleBetweenTargetedAndRandomControlHistories() throws {
        /// The screen's text with line breaks and indents as single spaces (wrapped sentences read whole).
        func flat(_ state: AppState) -> String { state.text().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        var state = try Self.modelScreen()
        #expect(flat(state).contains("historique de contrôles ciblé"))
        let targeted = state.lines().first { $0.contains("Sélectionnées :") }
        let effects = state.press(.char("h"))
        #expect(flat(state).contains("historique de contrôles aléatoire"))
        #expect(flat(state).contains("calcul de l'échantillon…"), "the other history's sample is drawn in the background")
        #expect(Self.selectedCount(state) == nil)
        state.runModelJobs(effects)
        #expect(Self.selectedCount(state) == 200, "the capacity stays")
        #expect(state.lines().first { $0.contains("Sélectionnées :") } != targeted, "other people were controlled in the past")
        state.runModelJobs(state.press(.char("h")))
        #expect(flat(state).contains("historique de contrôles ciblé"))
    }

    @Test func escDuringARetrainingStopsTheJobAndTheScreenSaysSo() throws {
        func flat(_ state: AppState) -> String { state.text().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        var state = try Self.modelScreen()
        guard case .trainModel(let job)? = state.press(.char("T")).first else {
            Issue.record("T asked for no retraining")
            return
        }
        // The runner as the console uses it: the job on its own thread, stopped at once.
        let runner = ModelTrainingRunner(mode: .background)
        runner.start(job)
        let effects = state.press(.escape)
        #expect(effects.contains(.cancelModelTraining(job.id)))
        if case .model = state.screen {} else { Issue.record("Esc during a retraining stays on the model screen") }
        #expect(flat(state).contains("Réentraînement annulé"))
        runner.cancel(job.id)
        var reports: [ModelTrainingEvent] = []
        while runner.isBusy {
            reports += runner.drain()
            usleep(10_000)
        }
        guard case .cancelled(let id)? = reports.last else {
            Issue.record("the job did not stop: \(reports)")
            return
        }
        #expect(id == job.id)
        // Its late reports change nothing; a second Esc goes back to the board.
        for report in reports { _ = state.update(.modelTraining(report)) }
        #expect(flat(state).contains("Réentraînement annulé") && !flat(state).contains("Réentraînement sur"))
        #expect(Self.selectedCount(state) == 200)
        state.press(.escape)
        #expect(state.screen == .board)
    }

    @Test func aRetrainingThatFailsSaysWhyOnTheScreen() throws {
        func flat(_ state: AppState) -> String { state.text().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        var state = try Self.modelScreen()
        guard case .trainModel(var job)? = state.press(.char("T")).first else {
            Issue.record("T asked for no retraining")
            return
        }
        // A history of 100 people has too few controls to learn from.
        job.trainingSize = 100
        state.runModelJobs([.trainModel(job)])
        #expect(flat(state).contains("Réentraînement impossible : trop peu d'étiquettes pour apprendre"), "\(flat(state).prefix(900))")
        #expect(Self.selectedCount(state) == 200, "the figures stay those of the model shown")
        #expect(state.press(.char("T")).count == 1, "another retraining can start")
    }

    @Test func theModelScreenGivesRatesPerGroupWithFourFifthsFlags() throws {
        let state = try Self.modelScreen()
        let lines = state.lines()
        for group in ["Nationalité", "Revenus", "Accès numérique", "Tranche d'âge"] {
            #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == group }, "a block for \(group)")
        }
        // Three nationality groups, each with people, a selection rate and a false-positive rate.
        let nationality = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "Nationalité" })
        let rows = lines[(nationality + 1)...(nationality + 3)]
        #expect(rows.map { $0.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? "" }.sorted()
                == ["française", "hors", "Union"].sorted())
        for row in rows { #expect(row.occurrences(of: "%") == 2, "\(row)") }
        // The rule's flag against the largest group (française): never on that group itself, on at least one other.
        #expect(lines.contains { $0.contains("! 4/5") })
        #expect(rows.first { $0.contains("française") }?.contains("! 4/5") == false, "the reference group is never flagged against itself")
        #expect(state.text().contains("règle des quatre cinquièmes"))
    }

    @Test func theModelScreenShowsArchetypesOfTheSelectedPerson() throws {
        var state = try Self.board(width: 120, height: 90)
        state.selectOnBoard("Anna Kowalska")
        state.press(.char("M"))
        let text = state.text()
        #expect(text.contains("Archétypes — Anna Kowalska, jour 60"))
        #expect(text.contains("Tel quel :"))
        let lines = state.lines()
        let nationality = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "Nationalité (groupe) :" })
        let variants = lines[nationality + 1]
        #expect(variants.contains("française → ") && variants.contains("▶Union européenne → ") && variants.contains("hors Union européenne → "), "\(variants)")
        let bank = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "Compte bancaire à l'étranger :" })
        #expect(lines[bank + 1].contains("non → ") && lines[bank + 1].contains("▶oui → "))
        // Each variant carries its own score: the person's own value gives the score « as it is ».
        let asItIs = try #require(lines.first { $0.contains("Tel quel :") }).components(separatedBy: "Tel quel : ").last ?? ""
        #expect(variants.contains("▶Union européenne → " + asItIs.trimmingCharacters(in: .whitespaces)))
    }

    @Test func aRulesetWithoutATrainedScoreSaysSoAndHidesTheKey() throws {
        var state = try Console.onBoard(day: 8, width: 120, height: 40)
        #expect(!state.text().contains("M modèle"))
        state.press(.char("M"))
        #expect(state.screen == .board)
        #expect(state.text().contains("pas de score entraîné"))
    }

    @Test func theModelKeyIsInTheKeymapFooterAndHelp() throws {
        #expect(Keymap.action(for: .char("M"), in: .board) == .openModel)
        #expect(Keymap.action(for: .right, in: .model) == .increase)
        #expect(Keymap.action(for: .left, in: .model) == .decrease)
        #expect(Keymap.action(for: .escape, in: .model) == .back)
        var state = try Self.board()
        #expect(state.lines().last?.contains("M modèle") == true)
        state.press(.char("?"))
        #expect(state.text().contains("Écran du modèle (score entraîné)"))
    }
}
