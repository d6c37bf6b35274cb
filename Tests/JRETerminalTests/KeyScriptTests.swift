import JREText
import Testing
import JRETerminal

@Suite struct KeyScriptTests {
    @Test func readsKeysActionsAndComments() throws {
        let script = try KeyScript(parsing: """
            # A walk through the dashboard.
            200 j

              0 Enter
            500 Ctrl-C
            0 Resize 80x24
            10 Click 3,10
            0 WheelDown 4, 2
            0 Signal TERM
            0 Tick
            0 Close
            0 F12
            0 pgdn
            0 #
            0 é
            0 Space
            0 Shift-Tab\r
            """)
        #expect(script.steps.map(\.event) == [
            .key(.char("j")), .key(.enter), .key(.ctrl("c")), .resize(width: 80, height: 24),
            .mouse(row: 3, col: 10, .click), .mouse(row: 4, col: 2, .wheelDown), .signal(.terminate), .tick,
            .inputClosed, .key(.function(12)), .key(.pageDown), .key(.char("#")), .key(.char("é")),
            .key(.char(" ")), .key(.backTab),
        ])
        #expect(script.steps.map(\.delay.components.seconds) == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(script.steps[0].delay == .milliseconds(200))
        #expect(script.steps[2].delay == .milliseconds(500))
        #expect(script.steps[0].line == 2)
        #expect(script.steps[1].line == 4)
        #expect(script.totalDuration == .milliseconds(710))
    }

    @Test func textAndAltExpandToSeveralEvents() throws {
        let script = try KeyScript.parse("100 Text oui non\n50 Alt-x")
        #expect(script.steps.map(\.event) == "oui non".map { .key(.char($0)) } + [.key(.escape), .key(.char("x"))])
        #expect(script.steps.map(\.delay) == [.milliseconds(100)] + Array(repeating: .zero, count: 6) + [.milliseconds(50), .zero])
    }

    @Test func formattedTextParsesBackToTheSameSteps() throws {
        let script = try KeyScript.parse("200 j\n0 Enter\n5 Ctrl-c\n0 Resize 80x24\n1 WheelUp 1,2\n0 Signal hup\n0 Space\n0 Close")
        let again = try KeyScript.parse(script.formatted())
        #expect(again.steps.map(\.event) == script.steps.map(\.event))
        #expect(again.steps.map(\.delay) == script.steps.map(\.delay))
        #expect(script.formatted().hasPrefix("200 j\n0 Enter\n5 Ctrl-C\n0 Resize 80x24"))
    }

    @Test func badLinesGiveTheirNumberAndAMarker() {
        func problem(_ text: String) -> KeyScriptError? {
            do {
                _ = try KeyScript.parse(text)
                return nil
            } catch {
                return error
            }
        }
        let unknown = problem("200 j\n0 Entr")
        #expect(unknown?.line == 2)
        #expect(unknown?.problem == .unknownKey("Entr", suggestion: "Enter"))
        #expect(unknown?.message(.en) == "line 2: unknown key \"Entr\"; did you mean \"Enter\"?\n  2 | 0 Entr\n    |   ^^^^")
        #expect(unknown?.message(.fr).hasPrefix("ligne 2 : touche inconnue « Entr » ; vouliez-vous dire « Enter » ?") == true)

        #expect(problem("j")?.problem == .badDelay("j"))
        #expect(problem("-5 j")?.problem == .badDelay("-5"))
        #expect(problem("1.5 j")?.problem == .badDelay("1.5"))
        #expect(problem("99999999999 j")?.problem == .badDelay("99999999999"))
        #expect(problem("# ok\n\n200")?.problem == .missingKey)
        #expect(problem("# ok\n\n200")?.line == 3)
        #expect(problem("0 Resize 80*24")?.problem == .badArgument(action: "Resize", value: "80*24", expected: .size))
        #expect(problem("0 Resize")?.problem == .badArgument(action: "Resize", value: "", expected: .size))
        #expect(problem("0 Click 3")?.problem == .badArgument(action: "Click", value: "3", expected: .cell))
        #expect(problem("0 Signal KILL")?.problem == .badArgument(action: "Signal", value: "KILL", expected: .signal))
        #expect(problem("0 Text")?.problem == .badArgument(action: "Text", value: "", expected: .text))
        #expect(problem("0 j k")?.problem == .badArgument(action: "j", value: "k", expected: .nothing))
        #expect(problem("0 Ctrl-Ctrl")?.problem == .unknownKey("Ctrl-Ctrl", suggestion: nil))
        #expect(problem("0 F99")?.problem == .unknownKey("F99", suggestion: nil))
        let marker = problem("0 Click 3")?.message(.en)
        #expect(marker?.hasSuffix("  1 | 0 Click 3\n    |         ^") == true)
    }

    @Test func playerHandsOutEventsWhenDue() throws {
        let script = try KeyScript.parse("100 a\n0 b\n200 c")
        let start = ContinuousClock.now
        var player = KeyScriptPlayer(script, startingAt: start)
        #expect(player.events(dueBy: start.advanced(by: .milliseconds(99))).isEmpty)
        #expect(player.nextDue == start.advanced(by: .milliseconds(100)))
        #expect(player.events(dueBy: start.advanced(by: .milliseconds(100))) == [.key(.char("a")), .key(.char("b"))])
        #expect(player.nextDue == start.advanced(by: .milliseconds(300)))
        #expect(player.events(dueBy: start.advanced(by: .seconds(10))) == [.key(.char("c"))])
        #expect(player.isFinished)
        #expect(player.nextDue == nil)
    }

    @Test func repeatingPlayerStartsOverAndNeverSpinsForever() throws {
        let script = try KeyScript.parse("0 a\n0 b")
        let start = ContinuousClock.now
        var player = KeyScriptPlayer(script, startingAt: start, repeats: true)
        #expect(player.events(dueBy: start) == [.key(.char("a")), .key(.char("b"))])
        #expect(player.events(dueBy: start) == [.key(.char("a")), .key(.char("b"))])
        #expect(!player.isFinished)
        var empty = KeyScriptPlayer(KeyScript(), startingAt: start, repeats: true)
        #expect(empty.events(dueBy: start).isEmpty)
        #expect(empty.isFinished)
    }

    @Test func suggestionsOnlyForCloseNames() {
        #expect(KeyScriptError(line: 1, text: "", column: 0, length: 1, problem: .unknownKey("Escpe", suggestion: "Escape")).summary(.en)
            == "unknown key \"Escpe\"; did you mean \"Escape\"?")
        for (typo, expected) in [("Entre", "Enter"), ("PageDwn", "PageDown"), ("Rezise", "Resize"), ("Zorglub", nil)] {
            let result = Result<KeyScript, KeyScriptError> { () throws(KeyScriptError) in try KeyScript.parse("0 \(typo) ") }
            guard case .failure(let error) = result else {
                Issue.record("\(typo) parsed")
                continue
            }
            #expect(error.problem == .unknownKey(typo, suggestion: expected))
        }
    }
}
