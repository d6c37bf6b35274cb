import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// The scenario's pauses: a prompt shown to the room when the clock reaches a checkpoint day.
@Suite struct CheckpointTests {
    @Test func reachingAPauseDayShowsItsPrompt() throws {
        var state = try Console.onBoard(day: 21)
        state.press(.char("n"))
        #expect(state.day == 22)
        let text = state.text()
        #expect(text.contains("Pause — jour 22"))
        #expect(text.contains("Trois semaines. Qui est en rouge, et pourquoi ?"))
        #expect(text.contains("Entrée : reprendre"))
        // The cursor waits on the modal's « resume » line.
        #expect(state.cursorLine?.contains("Entrée : reprendre") == true)
    }

    @Test(arguments: [Key.enter, .escape, .char(" ")])
    func enterEscOrSpaceDismissesThePrompt(key: Key) throws {
        var state = try Console.onBoard(day: 21)
        state.press(.char("n"), key)
        #expect(!state.text().contains("Pause — jour 22"))
        #expect(state.screen == .board, "Esc closes the pause, not the board")
        #expect(state.day == 22)
        #expect(state.cursorLine?.hasPrefix("  ") == true, "the cursor is back on the selected claimant")
    }

    @Test func otherKeysDoNothingWhileThePromptIsShown() throws {
        var state = try Console.onBoard(day: 21)
        state.press(.char("n"))
        let before = state.text()
        let selected = state.selectedName
        for key: Key in [.char("n"), .char("p"), .char("N"), .char("c"), .char("g"), .char("j"), .down, .end, .tab,
                         .char("w"), .char("/"), .char("f"), .char("v"), .char("s"), .char("?"), .function(1), .char("q"), .char("1")] {
            state.press(key)
        }
        #expect(state.day == 22)
        #expect(state.selectedName == selected)
        #expect(!state.isFinished)
        #expect(state.modal != .help)
        #expect(state.text() == before, "the screen did not change")
        state.press(.enter)
        #expect(!state.text().contains("Pause — jour 22"))
    }

    @Test func movingBackwardNeverShowsAPrompt() throws {
        var state = try Console.onBoard(day: 23)
        state.press(.char("p"))
        #expect(state.day == 22)
        #expect(!state.text().contains("Pause"))
        state = try Console.onBoard(day: 29)
        state.press(.char("P"))
        #expect(state.day == 22)
        #expect(!state.text().contains("Pause"))
        state = try Console.onBoard(day: 60)
        state.press(.char("g"))
        state.type("50")
        state.press(.enter)
        #expect(state.day == 50)
        #expect(!state.text().contains("Pause"))
    }

    @Test func steppingOverAPauseDayShowsItToo() throws {
        var state = try Console.onBoard(day: 20)
        state.press(.char("N"))
        #expect(state.day == 27)
        #expect(state.text().contains("Pause — jour 22"))
        state = try Console.onBoard(day: 45)
        state.press(.char("g"))
        state.type("52")
        state.press(.enter)
        #expect(state.text().contains("Pause — jour 50"))
        #expect(state.text().contains("Sept semaines."))
    }

    @Test func aDismissedPauseDoesNotComeBackWhenTheClockMovesOn() throws {
        var state = try Console.onBoard(day: 21)
        state.press(.char("n"), .enter, .char("n"))
        #expect(state.day == 23)
        #expect(!state.text().contains("Pause"))
    }

    @Test func thePromptIsInEnglishWithLangEn() throws {
        var state = try Console.onBoard(day: 77, lang: .en)
        state.press(.char("n"))
        let text = state.text()
        #expect(text.contains("Pause — day 78"))
        #expect(text.contains("Eleven weeks in. Who was never flagged?"))
        #expect(text.contains("Enter: resume"))
    }

    @Test func theMouseDoesNotReachTheBoardBehindThePrompt() throws {
        var state = try Console.onBoard(day: 21)
        state.press(.char("n"))
        let selected = state.selectedName
        let before = state.text()
        // Click a claimant row that the prompt does not cover, then scroll.
        let name = try #require(selected)
        let row = try #require(state.lines().firstIndex { $0.hasPrefix("  ") && !$0.contains(name) })
        state.handle(.mouse(row: row, col: 2, .click))
        state.handle(.mouse(row: row, col: 2, .wheelDown))
        #expect(state.selectedName == selected, "a click behind the pause should not change the selection")
        #expect(state.text() == before)
    }
}
