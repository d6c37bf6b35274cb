import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// What the room reads at the bottom and the top of the board: a footer that keeps the step's keys
/// at 80 columns, score columns named in full, one « reconstitution » notice.
@Suite struct FooterAndLegendTests {
    static func footer(_ state: AppState) -> String { state.lines().last ?? "" }

    @Test(arguments: Lang.allCases)
    func at80ColumnsTheFooterKeepsTheStepsKeys(lang: Lang) throws {
        let state = try Console.onBoard(day: 8, lang: lang)
        let footer = Self.footer(state)
        // Moving to the next pause, a day, opening, deciding, the lab: the workshop's loop.
        for key in ["c ", "n ", "d ", "t ", "? ", "q "] {
            #expect(footer.contains(" " + key) || footer.hasPrefix(" " + key), "« \(key)» in \(footer)")
        }
        #expect(footer.hasPrefix(" c "), "the next pause leads while there is one: \(footer)")
    }

    @Test func theSuspicionScenarioKeepsTheModelKeyAt80Columns() throws {
        let state = try Console.onBoard("suspicion", day: 8)
        #expect(Self.footer(state).contains("M modèle"), "\(Self.footer(state))")
    }

    @Test func labelsAreShortenedBeforeAKeyIsDropped() throws {
        let wide = Self.footer(try Console.onBoard(day: 8, width: 200, height: 30))
        #expect(wide.contains("c pause suivante"), "full labels when they fit: \(wide)")
        let narrow = Self.footer(try Console.onBoard(day: 8))
        #expect(narrow.contains("c pause ") && !narrow.contains("pause suivante"), "short label at 80 columns: \(narrow)")
    }

    @Test func afterTheLastPauseTheDebriefJoinsTheFooter() throws {
        let state = try Console.onBoard(day: 84, lang: .en)
        #expect(Self.footer(state).contains("b debrief"), "\(Self.footer(state))")
        #expect(!Self.footer(state).contains(" c "), "no next pause to go to")
    }

    @Test(arguments: [(60, 20), (80, 24), (120, 40)])
    func helpListsEveryKeyOfTheBoard(size: (Int, Int)) throws {
        var state = try Console.onBoard(day: 8, width: size.0, height: size.1)
        state.press(.char("?"))
        let text = state.text()
        // Every binding's key and the start of its help, however narrow the screen.
        for binding in Keymap.bindings(for: .board) where state.offers(binding) {
            let key = binding.keys.first?.label(.fr, glyphs: .unicode) ?? ""
            #expect(text.contains(key + " ") && text.contains(binding.help(.fr).prefix(5)), "« \(binding.help(.fr)) » at \(size)")
        }
    }

    @Test(arguments: Lang.allCases)
    func scoreColumnsAreNamedInFullInALegend(lang: Lang) throws {
        let state = try Console.onBoard(day: 8, lang: lang)
        let text = state.text()
        let ruleset = try #require(state.workshop?.ruleset)
        for (number, score) in ruleset.scores.filter({ !$0.levels.isEmpty }).enumerated() {
            #expect(text.contains("\(number + 1) " + score.label.resolve(lang)), "legend names « \(score.label.resolve(lang)) »")
            #expect(!text.contains(" " + String(score.id.prefix(4)) + " "), "no cut-off id « \(score.id.prefix(4)) »")
        }
    }

    @Test func theFileSaysReconstructionOnce() throws {
        var state = try Console.onBoard(day: 22, width: 120, height: 40)
        state.press(.tab)
        let pane = state.lines().map { String($0.dropFirst(61)) }.joined(separator: "\n")
        #expect(pane.components(separatedBy: "reconstitution").count == 2, "one notice in the file:\n\(pane)")
    }
}
