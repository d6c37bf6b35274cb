import Foundation
import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// The scenario picker and the briefing: what `jre-console` shows first.
/// Rows each scenario takes in the picker (title, summary, blank).
enum PickerLayoutRows {
    static let perEntry = 3
}

@Suite struct PickerAndBriefingTests {
    /// The picker's scenario titles, in order (the bundled set grows: tests do not hard-code it).
    static func titles(_ state: AppState) -> [String] {
        state.picker.entries.map { $0.title.resolve(state.lang) }
    }

    /// A library with `count` extra copies of the default scenario, so that the list scrolls.
    static func libraryWithCopies(_ count: Int, in folder: URL) throws -> ScenarioLibrary {
        let original = try #require(Console.library.bundled["portefeuille.yaml"])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for number in 1...count {
            let text = original.replacingOccurrences(of: "fr: \"Le portefeuille du lundi\"", with: "fr: \"Copie \(number)\"")
            try text.write(to: folder.appendingPathComponent("zz-copie-\(number).yaml"), atomically: true, encoding: .utf8)
        }
        return ScenarioLibrary(bundled: Console.library.bundled, folders: [folder.path])
    }

    @Test func startsOnThePickerWithTheDefaultScenarioChosen() {
        let state = Console.atPicker(width: 80, height: 60)
        #expect(state.screen == .picker)
        #expect(state.workshop == nil)
        let text = state.text()
        #expect(Self.titles(state).count >= 3)
        for title in Self.titles(state) {
            #expect(text.contains(title), "the picker lists « \(title) »")
        }
        #expect(text.contains("Aidantes et aidants  4 demandeurs · 56 jours (8 sem.)"))
        // The cursor stands on the chosen scenario, marked with the pointer.
        #expect(state.cursorLine?.contains("▶ Le portefeuille du lundi  18 demandeurs · 84 jours (12 sem.)") == true)
    }

    @Test func movesTheChoiceWithArrowsAndLettersWithinTheList() throws {
        var state = Console.atPicker()
        let titles = Self.titles(state)
        let start = state.picker.selection
        try #require(start > 0 && start < titles.count - 1, "the default scenario is neither first nor last")
        state.press(.char("k"))
        #expect(state.cursorLine?.contains("▶ " + titles[start - 1]) == true)
        state.press(.char("j"), .down)
        #expect(state.cursorLine?.contains("▶ " + titles[start + 1]) == true)
        state.press(.home)
        #expect(state.cursorLine?.contains("▶ " + titles[0]) == true)
        state.press(.up)
        #expect(state.cursorLine?.contains("▶ " + titles[0]) == true, "the first scenario stays chosen")
        state.press(.end)
        #expect(state.cursorLine?.contains("▶ " + titles[titles.count - 1]) == true)
        state.press(.down)
        #expect(state.cursorLine?.contains("▶ " + titles[titles.count - 1]) == true, "the last scenario stays chosen")
        state.press(.pageUp)
        #expect(state.cursorLine?.contains("▶ " + titles[0]) == true)
        state.press(.pageDown)
        #expect(state.cursorLine?.contains("▶ " + titles[titles.count - 1]) == true)
        #expect(state.screen == .picker)
    }

    @Test func aLongListScrollsToKeepTheChoiceInView() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jre-console-tests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = AppState(lang: .fr, picker: PickerState.load(from: try Self.libraryWithCopies(8, in: folder), lang: .fr), width: 80, height: 24)
        let titles = Self.titles(state)
        state.press(.end)
        #expect(state.cursorLine?.contains("▶ " + titles[titles.count - 1]) == true)
        #expect(!state.text().contains(titles[0]), "the top of the list scrolled away")
        state.press(.home)
        #expect(state.cursorLine?.contains("▶ " + titles[0]) == true)
    }

    @Test func enterOpensTheBriefingThenEnterOpensTheBoardOnDayOne() {
        var state = Console.atPicker()
        state.press(.enter)
        #expect(state.screen == .briefing(BriefingScreen()), "the briefing opens from its top")
        let briefing = state.text()
        #expect(briefing.contains("Le portefeuille du lundi — briefing"))
        #expect(briefing.contains("Vous êtes conseillère ou conseiller France Travail."))
        #expect(briefing.contains("Entrée : ouvrir le tableau de bord au jour 1"))
        state.press(.enter)
        #expect(state.screen == .board)
        #expect(state.day == 1)
        #expect(state.text().contains("Jour 1/84 · semaine 1 · lundi 4 mars 2024"))
        #expect(state.modal == nil)
    }

    @Test func spaceOrPageDownAlsoLeaveTheBriefingAndEscGoesBackToThePicker() {
        var state = Console.atPicker()
        state.press(.enter, .char(" "))
        #expect(state.screen == .board)
        state = Console.atPicker()
        state.press(.enter, .pageDown)
        #expect(state.screen == .board)
        state = Console.atPicker()
        state.press(.enter, .escape)
        #expect(state.screen == .picker)
        #expect(state.cursorLine?.contains("Le portefeuille du lundi") == true)
        // Keys of the board do nothing on the briefing.
        state.press(.enter, .char("n"), .char("j"), .tab, .char("w"))
        #expect(state.keyContext == .briefing)
        state.press(.enter)
        #expect(state.day == 1)
    }

    /// The briefing's text as one flowing paragraph (lines joined), to find sentences however wrapped.
    static func flowing(_ state: AppState) -> String {
        state.lines().dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    @Test(arguments: [(80, 24), (60, 20)])
    func theBriefingShowsItsFactsAndItsHintsWhole(size: (Int, Int)) {
        var state = Console.atPicker(width: size.0, height: size.1)
        state.press(.enter)
        let text = Self.flowing(state)
        #expect(text.contains("18 demandeurs · 84 jours à partir du lundi 4 mars 2024 · règles : JRE — règles standard (reconstitution pédagogique)"),
                "the facts line, with the ruleset's name, is cut at \(size): \(state.text())")
        #expect(text.contains("Entrée : ouvrir le tableau de bord au jour 1 · Échap : retour"), "the start hint is cut at \(size)")
    }

    @Test func theWholeBriefingCanBeReadAt60x20() {
        var state = Console.atPicker(width: 60, height: 20)
        state.press(.enter)
        // What does not fit is read with ↓ (Space and Page Down read on, then open the board).
        #expect(state.text().contains("suite plus bas"))
        var text = Self.flowing(state)
        for _ in 0..<20 where !text.contains("appuyez.") {
            state.press(.down)
            text += " " + Self.flowing(state)
        }
        #expect(state.keyContext == .briefing)
        #expect(text.contains("demandez-vous sur quoi vous vous appuyez."))
        #expect(text.contains("Simulation pédagogique — personnes et règles fictives ou reconstituées."),
                "the teaching-simulation notice is dropped at 60×20")
    }

    @Test func opensTheChosenScenarioNotAlwaysTheDefault() {
        var state = Console.atPicker()
        let first = state.picker.entries[0]
        state.press(.home, .enter)
        #expect(state.text().contains(first.title.resolve(.fr) + " — briefing"))
        state.press(.enter)
        #expect(state.text().contains("Jour 1/\(first.days)"))
    }

    @Test func runWithADaySkipsTheBriefing() throws {
        let simulation = try Console.simulation("portefeuille")
        var state = Console.atPicker()
        state.open(simulation, day: 22)
        #expect(state.screen == .board)
        #expect(state.day == 22)
        #expect(state.text().contains("Jour 22/84"))
        // Opening on a checkpoint day does not pause: the clock did not move to it.
        #expect(!state.text().contains("Pause — jour 22"))
        // The first claimant row is selected.
        #expect(state.selectedName == "Gérard Lemoine")
        #expect(state.cursorLine?.contains("Gérard Lemoine") == true)
    }

    @Test func runWithoutADayShowsTheBriefing() throws {
        var state = Console.atPicker()
        state.open(try Console.simulation("aidante"), day: nil)
        #expect(state.keyContext == .briefing)
        #expect(state.text().contains("Aidantes et aidants — briefing"))
    }

    @Test func aDayBeyondTheRunOpensOnItsLimits() throws {
        var state = Console.atPicker()
        state.open(try Console.simulation("portefeuille"), day: 500)
        #expect(state.day == 84)
        state.open(try Console.simulation("portefeuille"), day: -3)
        #expect(state.day == 1)
    }

    @Test func aBrokenScenarioIsListedWithItsErrorAndDoesNotOpen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jre-console-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "format: 1\ntitle: {fr: \"Cassé\", en: \"Broken\"}\nruleset: jre-standard\ndays: oops\n"
            .write(to: folder.appendingPathComponent("zz-casse.yaml"), atomically: true, encoding: .utf8)
        let library = ScenarioLibrary(bundled: Console.library.bundled, folders: [folder.path])
        var state = AppState(lang: .fr, picker: PickerState.load(from: library, lang: .fr), width: 80, height: 24)
        state.press(.end)
        #expect(state.cursorLine?.contains("zz-casse") == true, "listed under its file name")
        #expect(state.lines().contains { $0.hasPrefix("    ") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }, "its error under it")
        let footerBefore = state.lines().last ?? ""
        state.press(.enter)
        #expect(state.screen == .picker)
        #expect(state.workshop == nil)
        // The error replaces the key hints in the footer, in the error role.
        let grid = state.grid()
        let footer = state.lines().last ?? ""
        #expect(footer != footerBefore)
        #expect(!footer.isEmpty)
        #expect(grid[row: grid.height - 1, col: 1].role == .error)
        // The next key clears it.
        state.press(.up)
        #expect(state.lines().last == footerBefore)
    }

    @Test func aClickOnAScenarioChoosesIt() throws {
        var state = Console.atPicker(width: 80, height: 60)
        let title = try #require(Self.titles(state).last)
        let row = try #require(state.lines().firstIndex { $0.contains(title) })
        state.handle(.mouse(row: row, col: 10, .click))
        #expect(state.cursorLine?.contains("▶ " + title) == true)
        #expect(state.screen == .picker)
    }

    @Test func aClickOnAScenarioChoosesItWhenTheListIsScrolled() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jre-console-tests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = AppState(lang: .fr, picker: PickerState.load(from: try Self.libraryWithCopies(8, in: folder), lang: .fr), width: 80, height: 24)
        state.press(.end)
        // Click the scenario drawn just above the chosen one.
        let lines = state.lines()
        let chosen = try #require(state.grid().cursor?.row)
        let target = chosen - PickerLayoutRows.perEntry
        let title = try #require(Self.titles(state).first { lines[target].contains($0) }, "a scenario is drawn on row \(target)")
        state.handle(.mouse(row: target, col: 10, .click))
        #expect(state.cursorLine?.contains("▶ " + title) == true, "the clicked scenario should be chosen: \(state.cursorLine ?? "")")
    }

    @Test func englishPicker() {
        let state = Console.atPicker(lang: .en)
        let text = state.text()
        #expect(text.contains("JRE — advisor console (teaching simulation)"))
        #expect(text.contains("The Monday caseload"))
        #expect(text.contains("18 claimants · 84 days (12 wk)"))
        #expect(text.contains("Enter open"))
    }
}
