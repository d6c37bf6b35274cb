import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// The `?` overlay, quitting, terminal sizes, signals.
@Suite struct HelpQuitAndSizeTests {
    // MARK: Help

    /// What identifies a binding's line in the overlay: the start of its help text.
    static func helpStart(_ binding: KeyBinding, _ lang: Lang) -> String {
        String(binding.help(lang).prefix(20))
    }

    @Test(arguments: [Key.char("?"), .function(1)])
    func questionMarkOrF1ShowsEveryKeyOfTheScreen(key: Key) throws {
        var state = try Console.onBoard(day: 3, width: 120, height: 40)
        state.press(key)
        #expect(state.modal == .help)
        let text = state.text()
        #expect(text.contains("Touches"))
        #expect(text.contains("Une touche pour fermer"))
        for binding in Keymap.bindings(for: .board) where state.offers(binding) {
            #expect(text.contains(Self.helpStart(binding, .fr)), "help lists « \(binding.help(.fr)) »")
        }
    }

    @Test func theHelpOverlayListsEveryBoardKeyAt80x24() throws {
        var state = try Console.onBoard(day: 3, width: 80, height: 24)
        state.press(.char("?"))
        let text = state.text()
        let missing = Keymap.bindings(for: .board).filter(state.offers).filter { !text.contains(Self.helpStart($0, .fr)) }.map { $0.keyLabel(.fr, glyphs: .unicode) }
        #expect(missing.isEmpty, "keys missing from the help overlay at 80×24: \(missing)")
    }

    @Test func theHelpOverlayShowsEachKeyNameWhole() throws {
        var state = try Console.onBoard(day: 3, width: 120, height: 40)
        state.press(.char("?"))
        let text = state.text()
        for binding in Keymap.bindings(for: .board) where state.offers(binding) {
            let label = binding.keyLabel(.fr, glyphs: .unicode)
            #expect(text.contains(label), "the help shows the keys « \(label) » in full")
        }
    }

    @Test func theHelpOverlayShowsEachHelpTextWholeOnAWideScreen() throws {
        var state = try Console.onBoard(day: 3, width: 200, height: 50)
        state.press(.char("?"))
        let text = state.text()
        for binding in Keymap.bindings(for: .board) where state.offers(binding) {
            #expect(text.contains(binding.help(.fr)), "the help shows « \(binding.help(.fr)) » in full")
        }
    }

    @Test func anyKeyClosesTheHelpWithoutDoingAnythingElse() throws {
        for key: Key in [.char("n"), .escape, .enter, .char("j"), .char("?"), .function(1), .char("x"), .tab] {
            var state = try Console.onBoard(day: 3)
            state.press(.char("?"))
            state.press(key)
            #expect(state.modal != .help, "\(key) closes the help")
            #expect(state.day == 3)
            #expect(state.screen == .board)
            #expect(state.selectedName == "Fatima Zahra El Idrissi")
            #expect(!state.text().contains("Touches"))
        }
    }

    @Test func theHelpOnThePickerAndTheBriefingListsTheirKeys() {
        var state = Console.atPicker()
        state.press(.char("?"))
        var text = state.text()
        #expect(text.contains("Ouvrir le scénario"))
        #expect(!text.contains("Avancer l'horloge d'un jour"), "clock keys do not apply on the picker")
        state.press(.char("?"), .enter, .function(1))
        text = state.text()
        #expect(state.keyContext == .briefing)
        #expect(text.contains("Touches"))
        #expect(text.contains("Quitter la console"))
    }

    @Test func theHelpInEnglish() throws {
        var state = try Console.onBoard(day: 3, lang: .en, width: 120, height: 40)
        state.press(.char("?"))
        let text = state.text()
        #expect(text.contains("Keys"))
        #expect(text.contains("Move the clock one day forward"))
        #expect(text.contains("Any key to close"))
    }

    @Test func theFooterHintsComeFromTheKeymap() throws {
        let state = try Console.onBoard(day: 3, width: 200, height: 30)
        let footer = state.lines().last ?? ""
        for binding in Keymap.bindings(for: .board) where binding.inFooter && state.offers(binding) {
            let hint = (binding.keys.first?.label(.fr, glyphs: .unicode) ?? "") + " " + binding.label(.fr)
            #expect(footer.contains(hint), "footer shows « \(hint) »")
        }
        // The current step's keys (the next pause here) join the footer; the others stay in the help.
        for binding in Keymap.bindings(for: .board) where !binding.inFooter && !state.stepActions.contains(binding.action) {
            #expect(!footer.contains(" " + binding.label(.fr) + "  "), "« \(binding.label(.fr)) » is only in the help")
        }
    }

    @Test(arguments: [(80, 24), (60, 20)])
    func theFooterAlwaysShowsHowToGetHelpAndQuit(size: (Int, Int)) throws {
        for lang in Lang.allCases {
            let board = try Console.onBoard(day: 3, lang: lang, width: size.0, height: size.1)
            let picker = Console.atPicker(lang: lang, width: size.0, height: size.1)
            for state in [board, picker] {
                let footer = state.lines().last ?? ""
                #expect(footer.contains("? " + Strings.keyHelp(lang)), "\(state.screen) at \(size): \(footer)")
                #expect(footer.contains("q " + Strings.keyQuit(lang)), "\(state.screen) at \(size): \(footer)")
            }
        }
    }

    // MARK: Quitting

    @Test func qQuitsFromThePicker() {
        var state = Console.atPicker()
        state.press(.char("q"))
        #expect(state.isFinished)
    }

    @Test func qQuitsFromTheBriefing() {
        var state = Console.atPicker()
        state.press(.enter, .char("q"))
        #expect(state.isFinished)
    }

    @Test func qQuitsFromTheBoardTheFileWhyAndTheHelp() throws {
        let setups: [(String, [Key])] = [
            ("board", []), ("file", [.enter]), ("file beside", [.tab]), ("why", [.char("w")]),
            ("file then why", [.enter, .enter]), ("help", [.char("?")]), ("filtered", [.char("f"), .char("v")]),
        ]
        for (name, keys) in setups {
            for width in [80, 120] {
                var state = try Console.onBoard(day: 8, width: width, height: 30)
                for key in keys { state.press(key) }
                #expect(!state.isFinished)
                state.press(.char("q"))
                #expect(state.isFinished, "q quits from \(name) at width \(width)")
            }
        }
    }

    @Test func qIsTypedNotQuitWhileAPromptIsOpen() throws {
        var state = try Console.onBoard(day: 8)
        state.press(.char("g"), .char("q"))
        #expect(!state.isFinished)
        state.press(.escape, .char("q"))
        #expect(state.isFinished, "after the prompt closes, q quits")
    }

    // MARK: Terminal size

    @Test func belowSixtyByTwentyTheConsoleSaysItIsTooSmall() throws {
        var state = try Console.onBoard(day: 8, width: 80, height: 24)
        state.handle(.resize(width: 59, height: 24))
        #expect(state.width == 59)
        #expect(state.text().hasPrefix("Terminal trop petit — il faut 60×20, il y a 59×24."))
        #expect(state.text().contains("Agrandissez la fenêtre, ou q pour quitter."))
        state.handle(.resize(width: 60, height: 19))
        #expect(state.text().contains("il y a 60×19"))
        state.handle(.resize(width: 60, height: 20))
        #expect(state.text().contains("Jour 8/84"), "60×20 is enough")
        #expect(state.grid().cursor != nil)
    }

    @Test func theTooSmallScreenIgnoresEveryKeyButQ() throws {
        var state = try Console.onBoard(day: 8, width: 50, height: 15)
        let before = state.text()
        for key: Key in [.char("n"), .char("N"), .enter, .escape, .tab, .char("w"), .char("?"), .char("j"), .end, .char("/"), .char("f")] {
            state.press(key)
        }
        state.handle(.mouse(row: 5, col: 5, .click))
        state.handle(.mouse(row: 5, col: 5, .wheelDown))
        #expect(state.text() == before)
        #expect(state.grid().cursor == nil)
        state.handle(.resize(width: 80, height: 24))
        #expect(state.day == 8)
        #expect(state.screen == .board)
        #expect(state.modal != .help)
        #expect(state.selectedName == "Fatima Zahra El Idrissi")
        #expect(!state.text().contains("Pourquoi"))
        state.handle(.resize(width: 50, height: 15))
        state.press(.char("q"))
        #expect(state.isFinished)
    }

    @Test func ctrlCQuitsTheTooSmallScreen() throws {
        var state = Console.atPicker(width: 30, height: 5)
        state.press(.ctrl("c"))
        #expect(state.isFinished)
    }

    @Test func theTooSmallScreenIsInEnglishToo() {
        let state = Console.atPicker(lang: .en, width: 50, height: 15)
        #expect(state.text().hasPrefix("Terminal too small — need 60×20, have 50×15."))
        #expect(state.text().contains("Enlarge the window, or q to quit."))
    }

    @Test func resizeEventsUpdateTheSizeTheScreenIsDrawnAt() throws {
        var state = try Console.onBoard(day: 8)
        state.handle(.resize(width: 100, height: 30))
        #expect(state.grid().width == 100)
        #expect(state.grid().height == 30)
        #expect(state.lines().count == 30)
        #expect(state.lines().last?.hasPrefix(" c pause") == true, "the footer is on the last row")
        state.handle(.resize(width: -4, height: -1))
        #expect(state.grid().width == 0)
        #expect(state.grid().height == 0)
    }

    // MARK: Signals and the end of input

    @Test(arguments: TerminationSignal.allCases)
    func aSignalFinishesTheConsole(signal: TerminationSignal) throws {
        var state = try Console.onBoard(day: 8)
        state.press(.char("w"))
        state.handle(.signal(signal))
        #expect(state.isFinished)
        var picker = Console.atPicker(width: 20, height: 5)
        picker.handle(.signal(signal))
        #expect(picker.isFinished, "even on the too-small screen")
    }

    @Test func ticksChangeNothing() throws {
        var state = try Console.onBoard(day: 8)
        let before = state.text()
        for _ in 0..<10 { state.handle(.tick) }
        #expect(state.text() == before)
        #expect(!state.isFinished)
    }
}
