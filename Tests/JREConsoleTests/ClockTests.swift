import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// The workshop clock: days and weeks forward and back, the next pause, and « aller au jour ».
@Suite struct ClockTests {
    @Test func nAndRightMoveOneDayForwardPAndLeftOneDayBack() throws {
        var state = try Console.onBoard(day: 10)
        state.press(.char("n"))
        #expect(state.day == 11)
        #expect(state.lines()[0].hasPrefix(" Jour 11/84 · semaine 2 · jeudi 14 mars 2024"))
        state.press(.right)
        #expect(state.day == 12)
        state.press(.char("p"))
        #expect(state.day == 11)
        state.press(.left)
        #expect(state.day == 10)
        #expect(state.lines()[0].hasPrefix(" Jour 10/84 · semaine 2 · mercredi 13 mars 2024"))
    }

    @Test func capitalNAndBracketMoveOneWeekForwardCapitalPAndBracketOneWeekBack() throws {
        var state = try Console.onBoard(day: 30)
        state.press(.char("N"))
        #expect(state.day == 37)
        state.press(.char("]"))
        #expect(state.day == 44)
        state.press(.char("P"))
        #expect(state.day == 37)
        state.press(.char("["))
        #expect(state.day == 30)
        #expect(state.text().contains("Jour 30/84 · semaine 5"))
    }

    @Test func theClockStaysWithinTheRun() throws {
        var state = try Console.onBoard(day: 1)
        state.press(.char("p"), .char("P"), .left, .char("["))
        #expect(state.day == 1)
        #expect(state.text().contains("Jour 1/84"))
        state = try Console.onBoard(day: 80)
        state.press(.char("N"))
        #expect(state.day == 84)
        state.press(.char("n"), .right, .char("]"))
        #expect(state.day == 84)
        #expect(state.text().contains("Jour 84/84 · semaine 12"))
        state.press(.char("P"))
        #expect(state.day == 77)
    }

    @Test func cGoesToTheNextPauseAndTheHeaderAnnouncesIt() throws {
        var state = try Console.onBoard(day: 1, width: 120, height: 40)
        #expect(state.lines()[1].contains("prochaine pause : jour 22"))
        state.press(.char("c"))
        #expect(state.day == 22)
        #expect(state.text().contains("Pause — jour 22"))
        state.press(.enter)
        #expect(state.lines()[1].contains("prochaine pause : jour 50"))
        state.press(.char("c"))
        #expect(state.day == 50)
        state.press(.enter, .char("c"))
        #expect(state.day == 78)
        state.press(.enter)
        #expect(!state.lines()[1].contains("prochaine pause"), "no pause after the last one")
        state.press(.char("c"))
        #expect(state.day == 78, "c does nothing after the last pause")
        #expect(state.modal == nil)
    }

    @Test func gThenDigitsThenEnterJumpsToADay() throws {
        var state = try Console.onBoard(day: 1)
        state.press(.char("g"))
        #expect(state.lines().last?.hasPrefix(" Aller au jour (1–84) :") == true)
        state.type("4")
        state.type("5")
        #expect(state.lines().last == " Aller au jour (1–84) : 45")
        // The cursor waits after the digits typed.
        let grid = state.grid()
        #expect(grid.cursor?.row == grid.height - 1)
        #expect(grid.cursor?.col == " Aller au jour (1–84) : 45".count)
        #expect(state.day == 1, "nothing moves before Enter")
        state.press(.enter)
        #expect(state.day == 45)
        #expect(state.text().contains("Jour 45/84"))
        #expect(state.lines().last?.contains("Aller au jour") == false, "the prompt is gone")
    }

    @Test func theDayPromptIgnoresLettersAndEditsWithBackspace() throws {
        var state = try Console.onBoard(day: 40)
        state.press(.char("g"))
        state.type("3x9")
        state.press(.char("q"), .char("n"), .backspace)
        state.type("1")
        #expect(state.lines().last == " Aller au jour (1–84) : 31")
        #expect(!state.isFinished, "q is not a digit: it does not quit while typing a day")
        state.press(.enter)
        #expect(state.day == 31)
    }

    @Test func theDayPromptIsCancelledByEscOrAnEmptyEnter() throws {
        var state = try Console.onBoard(day: 40)
        state.press(.char("g"))
        state.type("12")
        state.press(.escape)
        #expect(state.day == 40)
        #expect(state.screen == .board, "Esc cancels the prompt only")
        #expect(state.lines().last?.contains("Aller au jour") == false)
        state.press(.char("g"), .enter)
        #expect(state.day == 40)
        #expect(state.lines().last?.contains("Aller au jour") == false)
    }

    @Test func aJumpOutsideTheRunStopsAtItsLimits() throws {
        var state = try Console.onBoard(day: 40)
        state.press(.char("g"))
        state.type("0")
        state.press(.enter)
        #expect(state.day == 1)
        state.press(.char("g"))
        state.type("99999")
        #expect(state.lines().last == " Aller au jour (1–84) : 9999", "at most four digits")
        state.press(.enter)
        #expect(state.day == 84)
    }

    @Test func theClockKeysAlsoWorkWhileTheFileIsOpen() throws {
        var state = try Console.onBoard(day: 10)
        state.press(.enter)
        state.press(.char("n"))
        #expect(state.day == 11)
        #expect(state.text().contains("Jour 11/84"))
        #expect(state.workshop?.fileFullScreen == true)
    }
}
