import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// The claimant file (its own screen below 110 columns, beside the board from 110) and
/// « Pourquoi ? », the engine's explanation of a score or an alert.
@Suite struct ClaimantFileAndWhyTests {
    // MARK: The file

    @Test func enterOpensTheFileOnItsOwnScreenWhenNarrowAndEscComesBack() throws {
        var state = try Console.onBoard(day: 8)
        state.selectOnBoard("Rose-Marie Kouassi")
        state.press(.enter)
        let text = state.text()
        #expect(text.contains("Rose-Marie Kouassi  (rose_marie)"))
        #expect(text.contains("Scores"))
        #expect(state.lines().contains { $0.contains("Risques de dispersion") && $0.contains("4 codes métier") && $0.contains("■ élevé") },
                "the score's value with its unit")
        #expect(!text.contains("Reste du portefeuille"), "the board list is hidden")
        #expect(text.contains("Jour 8/84"), "the clock stays in the header")
        // The cursor is on the file's first item (a score), highlighted.
        #expect(state.cursorLine?.contains("Dynamique de recherche") == true)
        state.press(.escape)
        #expect(state.screen == .board)
        #expect(state.text().contains("Reste du portefeuille"))
        #expect(state.selectedName == "Rose-Marie Kouassi")
        #expect(state.cursorLine?.contains("Rose-Marie Kouassi") == true)
    }

    @Test(arguments: [Key.tab, .backTab])
    func tabSwitchesBetweenTheBoardAndTheFile(key: Key) throws {
        var state = try Console.onBoard(day: 8)
        state.press(key)
        #expect(state.text().contains("Fatima Zahra El Idrissi  (fatima)"))
        #expect(!state.text().contains("Reste du portefeuille"))
        state.press(key)
        #expect(state.text().contains("Reste du portefeuille"))
        #expect(state.cursorLine?.hasPrefix("  Fatima Zahra El Idrissi") == true)
    }

    @Test func theFileShowsScoresWithBadgesAlertsAndTheJournalNewestFirst() throws {
        var state = try Console.onBoard(day: 7)
        state.press(.char("n"))
        state.selectOnBoard("Rose-Marie Kouassi")
        state.press(.enter)
        state.handle(.resize(width: 80, height: 80))
        let text = state.text()
        #expect(text.contains("Scores"))
        #expect(text.contains("Alertes"))
        #expect(text.contains("■ Parcours à analyser — active ★ nouvelle"))
        #expect(text.contains("● Dynamique de recherche faible — inactive"))
        // Said once for the file, not on every line.
        #expect(!text.contains("[reconstitution]"), "no tag on every line")
        #expect(text.contains("(reconstitution, sauf [documenté])"))
        let lines = state.lines()
        let journal = try #require(lines.firstIndex { $0.contains("Journal (du plus récent au plus ancien)") })
        let entries = lines[(journal + 1)...].filter { $0.contains(" j") && $0.contains("/03 ") }
        let days = entries.compactMap { line -> Int? in
            guard let range = line.range(of: #" j\d+ "#, options: .regularExpression) else { return nil }
            return Int(line[range].dropFirst(2).dropLast())
        }
        #expect(!days.isEmpty)
        #expect(days == days.sorted(by: >), "newest first")
        #expect(days.allSatisfy { $0 <= 8 }, "nothing after today")
    }

    @Test func jAndKMoveWithinTheFileItems() throws {
        var state = try Console.onBoard(day: 8, width: 80, height: 60)
        state.selectOnBoard("Rose-Marie Kouassi")
        state.press(.enter)
        let first = state.cursorLine
        state.press(.char("j"))
        #expect(state.cursorLine != first)
        #expect(state.selectedName == "Rose-Marie Kouassi", "moving in the file does not change the claimant")
        state.press(.end)
        #expect(state.cursorLine?.contains("Parcours à analyser — active") == true, "the last item is the last alert")
        state.press(.home)
        #expect(state.cursorLine == first)
    }

    @Test func wideTerminalsShowTheFileBesideTheBoard() throws {
        var state = try Console.onBoard(day: 8, width: 120, height: 40)
        state.selectOnBoard("Rose-Marie Kouassi")
        var text = state.text()
        #expect(text.contains("Reste du portefeuille"))
        #expect(text.contains("Rose-Marie Kouassi  (rose_marie)"))
        let boardCursor = try #require(state.grid().cursor)
        #expect(boardCursor.col < 60, "the cursor is in the list")
        state.press(.enter)
        text = state.text()
        #expect(text.contains("Reste du portefeuille"), "the board stays visible")
        let fileCursor = try #require(state.grid().cursor)
        #expect(fileCursor.col > 60, "the cursor moved into the file pane")
        // The selected item carries the pointer, visible without colour.
        #expect(state.cursorLine?.contains("│▶Dynamique de rech") == true)
        state.press(.escape)
        #expect(state.grid().cursor?.col == boardCursor.col)
        #expect(state.screen == .board)
        state.press(.tab)
        #expect((state.grid().cursor?.col ?? 0) > 60)
        state.press(.tab)
        #expect((state.grid().cursor?.col ?? 99) < 60)
    }

    @Test func wideningTheTerminalPutsTheFileBesideTheBoard() throws {
        var state = try Console.onBoard(day: 8, width: 80, height: 24)
        state.press(.enter)
        #expect(!state.text().contains("Reste du portefeuille"))
        state.handle(.resize(width: 130, height: 40))
        #expect(state.text().contains("(fatima)"))
        #expect(state.text().contains("Reste du portefeuille"), "wide: the board should come back beside the file")
    }

    @Test func narrowingTheTerminalWhileTheFileHasTheKeyboardShowsTheFile() throws {
        var state = try Console.onBoard(day: 8, width: 130, height: 40)
        state.press(.enter)
        #expect(state.text().contains("(fatima)"))
        state.handle(.resize(width: 80, height: 24))
        // j now moves in the file: the file must be what is on screen.
        #expect(state.text().contains("Fatima Zahra El Idrissi  (fatima)"), "narrow: the file that has the keyboard should be on screen")
        let before = state.text()
        state.press(.char("j"))
        #expect(state.text() != before, "a key that moves something shows it moving")
    }

    // MARK: « Pourquoi ? »

    @Test func wOpensWhyOnTheFirstAlertThatIsOn() throws {
        var state = try Console.onBoard(day: 8)
        state.selectOnBoard("Rose-Marie Kouassi")
        state.press(.char("w"))
        let text = state.text()
        #expect(text.contains("Pourquoi ? — Rose-Marie Kouassi, j8"))
        #expect(text.contains("↑↓ défiler · Échap ou w : fermer"))
        #expect(text.contains("Parcours à analyser"))
        #expect(!text.contains("Reste du portefeuille"), "narrow: « Pourquoi ? » takes the screen")
    }

    @Test func wOnAClaimantWithoutAlertExplainsTheFirstScore() throws {
        var state = try Console.onBoard(day: 8)
        state.selectOnBoard("Inès Benali")
        state.press(.char("y"))
        let text = state.text()
        #expect(text.contains("Pourquoi ? — Inès Benali, j8"))
        #expect(text.contains("Dynamique de recherche"))
    }

    @Test func escOrWClosesWhyAndTheBoardIsBack() throws {
        var state = try Console.onBoard(day: 8)
        state.press(.char("w"))
        #expect(state.text().contains("Pourquoi ?"))
        state.press(.escape)
        #expect(!state.text().contains("Pourquoi ? —"))
        #expect(state.screen == .board)
        #expect(state.text().contains("Reste du portefeuille"))
        state.press(.char("w"), .char("w"))
        #expect(!state.text().contains("Pourquoi ? —"))
        state.press(.char("w"), .enter)
        #expect(state.text().contains("Pourquoi ? —"), "Enter does nothing while « Pourquoi ? » is open")
    }

    @Test func whyScrollsWithTheArrows() throws {
        var state = try Console.onBoard(day: 8, width: 60, height: 20)
        state.selectOnBoard("Inès Benali")
        // The formula view (F) is long enough to scroll at 60×20.
        state.press(.char("w"), .char("F"))
        let top = state.lines()[2]
        state.press(.down, .down, .down)
        #expect(state.lines()[2] != top)
        state.press(.home)
        #expect(state.lines()[2] == top)
    }

    @Test func enterInTheFileExplainsTheChosenItem() throws {
        var state = try Console.onBoard(day: 8, width: 120, height: 40)
        state.selectOnBoard("Rose-Marie Kouassi")
        state.press(.enter, .end, .enter)
        let text = state.text()
        #expect(text.contains("Pourquoi ? — Rose-Marie Kouassi, j8"))
        // In sentences by default; F shows the rule's formulas, F again the sentences.
        #expect(text.contains("⚑ Parcours à analyser\u{00A0}: "))
        #expect(!text.contains("dispersion.level"))
        state.press(.char("F"))
        #expect(state.text().contains("⚑ Parcours à analyser: déclenchée"))
        #expect(state.text().contains("dispersion.level = 'eleve'"))
        state.press(.char("F"))
        #expect(!state.text().contains("dispersion.level"))
        #expect(text.contains("Reste du portefeuille"), "wide: the board stays beside « Pourquoi ? »")
        state.press(.escape)
        #expect(state.text().contains("Rose-Marie Kouassi  (rose_marie)"), "Esc goes back to the file")
        #expect(state.cursorLine?.contains("■ Parcours à analyser — active") == true)
    }

    @Test func whyFollowsTheClock() throws {
        var state = try Console.onBoard(day: 8)
        state.press(.char("w"), .char("n"))
        #expect(state.text().contains("Pourquoi ? — Fatima Zahra El Idrissi, j9"))
    }

    @Test func whyInEnglish() throws {
        var state = try Console.onBoard(day: 8, lang: .en)
        state.press(.char("w"))
        let text = state.text()
        #expect(text.contains("Why? — Fatima Zahra El Idrissi, d8"))
        #expect(text.contains("Esc or w: close"))
    }

    @Test func aClickOnTheFileScreenDoesNotSwitchToAnotherClaimant() throws {
        var state = try Console.onBoard(day: 8)
        state.selectOnBoard("Rose-Marie Kouassi")
        state.press(.enter)
        state.handle(.mouse(row: 6, col: 10, .click))
        #expect(state.selectedName == "Rose-Marie Kouassi", "the board list is not on screen: a click there should not select from it")
        #expect(state.text().contains("Rose-Marie Kouassi  (rose_marie)"))
    }

    // MARK: Alerts that appeared since the last step

    @Test func anAlertThatAppearedSinceTheLastStepIsMarkedNew() throws {
        var state = try Console.onBoard(day: 7)
        // The legend explains the mark; no claimant line carries it yet.
        #expect(state.lines().contains { $0.contains("★ nouvelle") })
        #expect(!state.lines().contains { $0.hasPrefix("★") })
        state.press(.char("n"))
        let grid = state.grid()
        let lines = state.lines()
        let marked = lines.indices.filter { lines[$0].hasPrefix("★") }
        #expect(marked.map { lines[$0] }.map { $0.contains("Rose-Marie Kouassi") } == [true])
        let row = try #require(marked.first)
        #expect(grid[row: row, col: 0].role == .new)
        let heading = lines[..<row].last { !$0.hasPrefix(" ") && !$0.hasPrefix("★") }
        #expect(heading == "■ Parcours à analyser (6)")
        // One more step: nothing is new any more.
        state.press(.char("n"))
        #expect(!state.lines().contains { $0.hasPrefix("★") })
    }

    @Test func theNewMarkIsInAsciiToo() throws {
        var state = try Console.onBoard(day: 7)
        state.press(.char("n"))
        let line = state.lines(.ascii).first { $0.contains("Rose-Marie Kouassi") }
        #expect(line?.hasPrefix("*") == true)
    }
}
