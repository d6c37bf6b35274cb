import Foundation
import Testing
import JRECore
import JREConsole
import JREKiosk
import JRETerminal
import JREText

/// What a festival visitor and the operator see and can do, from the start-up disclaimer to
/// the idle reset, on the manual clock.
@Suite struct KioskFlowTests {
    @Test func itStartsOnTheDisclaimerInBothLanguagesThenPlaysTheAttractLoop() {
        var kiosk = KioskDriver()
        var screen = kiosk.text()
        #expect(kiosk.kiosk.phase == .welcome)
        #expect(screen.contains("Simulation pédagogique — personnes et règles fictives ou reconstituées."))
        #expect(screen.contains("Teaching simulation — fictional people, reconstructed rules."))
        kiosk.wait(.seconds(13))
        #expect(kiosk.kiosk.phase == .attract)
        screen = kiosk.text()
        #expect(screen.contains("Appuyez sur une touche pour essayer"))
        #expect(screen.contains("Press any key to try"))
        #expect(screen.contains("Le tableau de bord"), "the French caption of the first step:\n\(screen)")
        #expect(screen.contains("The board:"), "and its English one")
        #expect(kiosk.kiosk.attract.demo.screen == .board)
        #expect(kiosk.kiosk.attract.demo.workshop?.reference == "portefeuille", "the default scenario first")
    }

    @Test func theAttractLoopWalksThroughEveryScenarioAlternatingLanguagesAndWritesNothing() {
        var kiosk = KioskDriver()
        kiosk.wait(.seconds(13))
        var seen: [String] = []
        var languages = Set<Lang>()
        var screens = Set<String>()
        let count = KioskFixture.catalog.count
        kiosk.wait(upTo: .seconds(Int64(count) * 150)) { state in
            if let reference = state.attract.demo.workshop?.reference, seen.last != reference { seen.append(reference) }
            languages.insert(state.attract.lang)
            screens.insert("\(state.attract.demo.keyContext)" + (state.attract.demo.workshop?.why != nil ? "+why" : ""))
            return state.attract.round >= count
        }
        #expect(Set(seen).count == count, "every scenario shown once a round: \(seen)")
        #expect(languages == [.fr, .en])
        #expect(screens.isSuperset(of: ["board", "board+why", "lab", "debrief"]), "the walk-through shows the board, « Pourquoi ? », the lab and the debrief: \(screens)")
        #expect(kiosk.kiosk.phase == .attract)
        #expect(!kiosk.folder.hasJournal, "the attract loop never writes a journal")
    }

    @Test(arguments: [Key.char("q"), .ctrl("c"), .escape, .enter, .char("x"), .function(10)])
    func anyKeyDuringTheAttractLoopOpensTheWelcomeScreen(key: Key) {
        var kiosk = KioskDriver()
        kiosk.wait(.seconds(13))
        kiosk.press(key)
        #expect(kiosk.kiosk.phase == .welcome)
        #expect(!kiosk.program.isFinished)
        #expect(kiosk.text().contains("Visite guidée"))
    }

    @Test func theVisitorPicksEnglishOnTheFirstScreen() {
        var kiosk = KioskDriver()
        kiosk.press(.right)
        #expect(kiosk.kiosk.lang == .en)
        let screen = kiosk.text()
        #expect(screen.contains("Guided tour (5 to 10 minutes)"))
        #expect(screen.contains("[ English ]"))
        kiosk.press(.char("f"))
        #expect(kiosk.kiosk.lang == .fr)
        kiosk.press(.char("e"), .enter)
        #expect(kiosk.kiosk.phase == .guided)
        #expect(kiosk.kiosk.visitor.lang == .en)
        #expect(kiosk.text().contains("Guided tour · step 1 of 7"))
    }

    @Test func theGuidedTourMeetsAClaimantShowsTheAlertTakesTheDecisionAndRevealsTheContext() throws {
        var kiosk = KioskDriver()
        let plan = try #require(KioskFixture.catalog.guided, "a bundled scenario has a claimant for the guided tour")
        kiosk.startGuidedTour()
        var screen = kiosk.text()
        #expect(screen.contains("Visite guidée · étape 1 sur 7"))
        #expect(screen.contains("Voici votre portefeuille"))
        let workshop = try #require(kiosk.kiosk.visitor.workshop)
        let name = workshop.scenario.claimants[plan.claimant].name
        #expect(workshop.selectedClaimant == plan.claimant)
        #expect(workshop.day == 1)

        kiosk.press(.enter)
        kiosk.wait(.seconds(3))
        screen = kiosk.text()
        #expect(screen.contains("Voici \(name)."))
        #expect(screen.contains("étape 2 sur 7"))
        #expect(kiosk.kiosk.visitor.workshop?.focus == .file, "the claimant's file is open")

        kiosk.press(.enter)
        #expect(kiosk.kiosk.guided?.stage == .time)
        kiosk.wait { $0.guided?.stage == .alert }
        kiosk.wait(.seconds(3))
        #expect(kiosk.kiosk.visitor.workshop?.day == plan.alertDay)
        let alertLabel = workshop.ruleset.alerts[plan.alert].label.resolve(.fr)
        screen = kiosk.text()
        #expect(screen.contains("une alerte s'allume pour \(name)"), "\(screen)")
        #expect(screen.contains(alertLabel))
        #expect(kiosk.kiosk.visitor.workshop?.why != nil, "« Pourquoi ? » shows the computation")
        // The caption says the computation in words, with the ruleset's labels and no formula.
        let caption = screen.components(separatedBy: "Visite guidée").last ?? ""
        #expect(caption.contains("Le calcul : "), "\(caption)")
        #expect(!caption.contains(".level"), "no formula in the caption")

        kiosk.press(.enter)
        kiosk.wait(.seconds(3))
        #expect(kiosk.kiosk.visitor.modal?.dialog != nil, "the decision dialog is open for the visitor")
        // Esc cannot get the visitor out of the decision: the dialog opens again.
        kiosk.press(.escape)
        #expect(kiosk.kiosk.visitor.modal?.dialog != nil)
        kiosk.press(.down, .enter)
        kiosk.type("Elle cherche, autrement")
        kiosk.press(.enter)
        #expect(kiosk.kiosk.guided?.stage == .reveal)
        kiosk.wait(.seconds(3))
        #expect(kiosk.kiosk.visitor.keyContext == .debrief)
        screen = kiosk.text(width: 120, height: 40)
        #expect(screen.contains("Ce que le système ne voyait pas"))
        let context = try #require(workshop.scenario.claimants[plan.claimant].context?.resolve(.fr))
        let firstWords = context.split(separator: " ").prefix(4).joined(separator: " ")
        #expect(screen.contains(firstWords), "the context is revealed: \(firstWords)\n\(screen)")
        #expect(screen.contains("Votre décision : "))
        #expect(screen.contains("Votre justification : « Elle cherche, autrement »"), "the visitor's own words come back")
        #expect(kiosk.folder.hasJournal, "the visitor's session is journaled while they play")
        let (entries, problems) = SessionJournal.read(folder: kiosk.folder.url)
        #expect(problems.isEmpty)
        #expect(entries.contains { $0.kind == .decisionTaken && $0.decision?.justification == "Elle cherche, autrement" })

        kiosk.press(.enter)
        #expect(kiosk.kiosk.guided?.stage == .thanks)
        #expect(kiosk.text().contains("Merci !"))
        kiosk.press(.enter)
        #expect(kiosk.kiosk.phase == .freePlay)
        #expect(kiosk.kiosk.visitor.screen == .board)
        #expect(kiosk.text().contains("Exploration libre"))
        // Free play keeps the help and the population in its footer, even at 80 columns.
        let footer = kiosk.text(width: 80, height: 24).split(separator: "\n").last.map(String.init) ?? ""
        #expect(footer.contains("? aide") && footer.contains("m population"), "\(footer)")
    }

    @Test func aQuietVisitorIsWarnedThenForgottenJournalThresholdsAndAll() throws {
        var kiosk = KioskDriver(idle: .seconds(90))
        kiosk.press(.down, .enter)
        #expect(kiosk.kiosk.phase == .freePlay)
        kiosk.press(.enter)             // open the selected scenario: its briefing
        kiosk.press(.enter)             // the board
        kiosk.press(.char("t"), .char("+"), .char("+"))
        let workshop = try #require(kiosk.kiosk.visitor.workshop)
        #expect(workshop.parameters != workshop.simulation.startingParameters, "the visitor moved a threshold")
        #expect(kiosk.folder.hasJournal)

        kiosk.wait(.seconds(80))
        #expect(kiosk.kiosk.phase == .freePlay)
        #expect(kiosk.text().contains("Toujours là ? Retour à l'accueil dans 10 s"))
        kiosk.wait(.seconds(11))
        #expect(kiosk.kiosk.phase == .attract)
        #expect(!kiosk.folder.hasJournal, "the visitor's journal is erased")
        #expect(kiosk.kiosk.visitor.workshop == nil)

        // The next visitor starts with the scenario's own thresholds.
        kiosk.press(.char("x"))
        kiosk.press(.down, .enter, .enter, .enter)
        let next = try #require(kiosk.kiosk.visitor.workshop)
        #expect(next.parameters == next.simulation.startingParameters)
        let (entries, _) = SessionJournal.read(folder: kiosk.folder.url)
        #expect(!entries.contains { $0.kind == .thresholdChanged }, "nothing of the previous visitor is left")
    }

    @Test func aKeyPressedAfterTheTimeoutFindsTheVisitorAlreadyForgotten() {
        var kiosk = KioskDriver(idle: .seconds(90))
        kiosk.press(.enter)
        #expect(kiosk.kiosk.phase == .guided)
        // No tick for two minutes (a stalled loop), then a key.
        kiosk.time.advance(by: .seconds(120))
        kiosk.press(.enter)
        #expect(kiosk.kiosk.phase == .welcome, "the old visit ended, the key greets a new visitor")
        #expect(kiosk.kiosk.guided == nil)
    }

    @Test(arguments: [Key.char("q"), .ctrl("c"), .ctrl("z"), .ctrl("\\"), .ctrl("d"), .escape, .function(10), .function(12), .char("Q")])
    func keysThatQuitTheConsoleDoNothingHarmfulInFreePlay(key: Key) {
        var kiosk = KioskDriver()
        kiosk.press(.down, .enter, .enter, .enter)
        for _ in 0..<5 { kiosk.press(key) }
        kiosk.send(.signal(.interrupt))
        kiosk.send(.signal(.hangup))
        #expect(!kiosk.program.isFinished)
        #expect(kiosk.kiosk.phase == .freePlay)
        #expect(!kiosk.kiosk.visitor.isFinished)
        #expect(!KioskInvariants.asksToQuit(kiosk.kiosk.visitor))
    }

    @Test func qStillTypesInAJustification() {
        var kiosk = KioskDriver()
        kiosk.press(.down, .enter, .enter, .enter, .char("d"), .enter)
        #expect(kiosk.kiosk.visitor.modal?.dialog?.step == .justify)
        kiosk.type("quoi")
        #expect(kiosk.kiosk.visitor.modal?.dialog?.justification == "quoi")
    }

    @Test func theOperatorLeavesWithTheExitKeysTypedInTime() {
        var kiosk = KioskDriver()
        kiosk.press(.ctrl("x"))
        kiosk.time.advance(by: .seconds(3))
        kiosk.press(.ctrl("q"))
        #expect(!kiosk.program.isFinished, "too slow: not the exit sequence")
        kiosk.press(.ctrl("x"))
        kiosk.time.advance(by: .seconds(1))
        kiosk.press(.ctrl("q"))
        #expect(kiosk.program.isFinished)
    }

    @Test func sigtermEndsTheKioskWhileSigintAndSighupDoNot() {
        var kiosk = KioskDriver()
        kiosk.send(.signal(.interrupt))
        kiosk.send(.signal(.hangup))
        kiosk.send(.inputClosed)
        #expect(!kiosk.program.isFinished)
        kiosk.send(.signal(.terminate))
        #expect(kiosk.program.isFinished)
    }

    @Test func endingTheKioskErasesTheVisitorsJournal() {
        var kiosk = KioskDriver()
        kiosk.press(.enter)
        #expect(kiosk.folder.hasJournal)
        kiosk.send(.signal(.terminate))
        kiosk.program.shutDown()
        #expect(!kiosk.folder.hasJournal)
    }

    @Test func aJournalLeftByACrashIsErasedAtStartUp() throws {
        let folder = KioskFixture.Folder()
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        try Data("{\"type\":\"opened\"}\n".utf8).write(to: folder.journal)
        let time = ManualTime()
        _ = KioskProgram(state: KioskState(configuration: KioskFixture.configuration(), catalog: KioskFixture.catalog, now: time.now),
                         sessionFolder: folder.url)
        #expect(!folder.hasJournal)
    }

    @Test func openingAnotherScenarioInFreePlayStartsAnEmptyJournal() throws {
        var kiosk = KioskDriver()
        kiosk.press(.down, .enter, .enter, .enter, .char("n"), .char("n"))
        #expect(SessionJournal.read(folder: kiosk.folder.url).entries.contains { $0.kind == .clockMoved })
        kiosk.press(.escape)
        #expect(kiosk.kiosk.visitor.screen == .picker)
        kiosk.press(.down, .enter)
        let (entries, problems) = SessionJournal.read(folder: kiosk.folder.url)
        #expect(problems.isEmpty)
        #expect(entries.map(\.kind) == [.opened])
    }

    @Test func aScenarioWithoutAGuidedClaimantOffersFreePlayOnly() throws {
        let empty = KioskCatalog(picker: KioskFixture.catalog.picker, guided: nil)
        var kiosk = KioskDriver(catalog: empty)
        #expect(!kiosk.text().contains("Visite guidée"))
        kiosk.press(.up, .enter)
        #expect(kiosk.kiosk.phase == .freePlay)
    }

    @Test func noScreenOffersAWayOutToVisitors() {
        var kiosk = KioskDriver(lang: .en)
        var screens = [kiosk.text()]
        kiosk.wait(.seconds(13))
        screens.append(kiosk.text())
        kiosk.press(.char("x"), .enter)
        screens.append(kiosk.text())
        kiosk.press(.enter, .enter)
        kiosk.wait(.seconds(3))
        kiosk.press(.escape)
        screens.append(kiosk.text())
        var free = KioskDriver(lang: .en)
        free.press(.down, .enter)
        screens.append(free.text())
        free.press(.enter, .enter)
        screens.append(free.text())
        for screen in screens {
            #expect(!screen.contains("q quit") && !screen.contains("q Quit") && !screen.contains("Quit"), "\(screen)")
            #expect(!screen.contains("Ctrl-X") && !screen.contains("Ctrl+X"), "the operator's keys are never shown")
        }
    }

    @Test func everyKioskScreenDrawsAtEverySizeInUnicodeAndASCII() {
        var states: [(String, KioskProgram)] = []
        var kiosk = KioskDriver()
        states.append(("welcome", kiosk.program))
        kiosk.wait(.seconds(20))
        states.append(("attract", kiosk.program))
        kiosk.press(.char("x"), .enter)
        states.append(("guided", kiosk.program))
        kiosk.press(.enter)
        kiosk.wait(.seconds(3))
        kiosk.press(.enter)
        kiosk.wait { $0.guided?.stage == .alert }
        kiosk.press(.enter)
        kiosk.wait(.seconds(3))
        kiosk.press(.down, .enter, .char("a"), .enter)
        kiosk.wait(.seconds(3))
        states.append(("reveal", kiosk.program))
        kiosk.press(.enter, .enter)
        states.append(("free play", kiosk.program))
        kiosk.wait(.seconds(80))
        states.append(("countdown", kiosk.program))
        for (name, program) in states {
            for (width, height) in [(0, 0), (1, 1), (59, 19), (60, 20), (80, 24), (100, 30), (120, 40), (250, 70), (61, 45), (200, 20)] {
                for glyphs in [Glyphs.unicode, .ascii] {
                    KioskInvariants.checkDrawable(program, width: width, height: height, glyphs: glyphs, context: "\(name) at \(width)×\(height)")
                }
            }
            // The kiosk's own drawing (the welcome screen, the caption band's rule) is plain ASCII.
            let lines = program.render(width: 100, height: 30, glyphs: .ascii).plainText().split(separator: "\n")
            let own = name == "welcome" ? lines : lines.filter { $0.hasPrefix("--") || $0.hasPrefix("──") }
            #expect(!own.isEmpty, "\(name): the kiosk's own lines are found")
            for line in own {
                #expect(!line.unicodeScalars.contains { (0x2500...0x257F).contains($0.value) }, "\(name): box drawing in ASCII: \(line)")
            }
        }
        let small = states[1].1.render(width: 50, height: 15, glyphs: .unicode).plainText()
        #expect(small.contains("Terminal trop petit"))
    }
}
