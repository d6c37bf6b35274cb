import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// No size and no sequence of events may crash the console or leave it unable to draw.
@Suite struct RenderingRobustnessTests {
    typealias Screen = ScreenSnapshotTests.Screen

    /// Checks what any drawn screen must satisfy: its size, lines that fit, a cursor inside.
    static func checkDrawable(_ state: AppState, glyphs: Glyphs, context: @autoclosure () -> String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let grid = ScreenRenderer.render(state, glyphs: glyphs)
        let width = max(0, state.width), height = max(0, state.height)
        guard grid.width == width, grid.height == height else {
            Issue.record("\(context()): grid is \(grid.width)×\(grid.height), expected \(width)×\(height)", sourceLocation: sourceLocation)
            return
        }
        if let cursor = grid.cursor, !grid.contains(row: cursor.row, col: cursor.col) {
            Issue.record("\(context()): cursor at \(cursor) outside the \(width)×\(height) screen", sourceLocation: sourceLocation)
        }
        guard height > 0 else { return }
        let lines = grid.plainText().split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count != height {
            Issue.record("\(context()): \(lines.count) lines on a \(height)-row screen", sourceLocation: sourceLocation)
        }
        for (row, line) in lines.enumerated() where DisplayWidth.of(String(line)) > width {
            Issue.record("\(context()): row \(row) is wider than \(width): \(line)", sourceLocation: sourceLocation)
            return
        }
    }

    @Test(arguments: Screen.allCases)
    func everyScreenDrawsAtEverySmallSize(screen: Screen) throws {
        let base = try screen.state(lang: .fr, width: 80, height: 24)
        for width in 0...70 {
            for height in 0...25 {
                var state = base
                state.handle(.resize(width: width, height: height))
                // Below 60×20 every screen is the same « too small » text: one glyph set is enough there.
                for glyphs in state.isTooSmall && width % 10 != 0 ? [Glyphs.unicode] : [.unicode, .ascii] {
                    Self.checkDrawable(state, glyphs: glyphs, context: "\(screen.rawValue) at \(width)×\(height)")
                }
            }
        }
    }

    @Test(arguments: Screen.allCases)
    func everyScreenDrawsAtHugeAndOddSizes(screen: Screen) throws {
        let sizes = [(1000, 300), (400, 20), (60, 400), (3000, 21), (109, 24), (110, 24), (111, 60)]
        for (index, (width, height)) in sizes.enumerated() {
            let lang: Lang = index.isMultiple(of: 2) ? .fr : .en
            let state = try screen.state(lang: lang, width: width, height: height)
            Self.checkDrawable(state, glyphs: index.isMultiple(of: 3) ? .ascii : .unicode, context: "\(screen.rawValue) \(lang) at \(width)×\(height)")
        }
    }

    @Test(arguments: Screen.allCases)
    func screensReachedAtOneSizeDrawAfterAResizeToAnother(screen: Screen) throws {
        // A state reached on a narrow terminal (file on its own screen) resized to a wide one, and back.
        for (from, to) in [((80, 24), (130, 45)), ((130, 45), (60, 20)), ((60, 20), (200, 60)), ((120, 40), (61, 21))] {
            var state = try screen.state(lang: .en, width: from.0, height: from.1)
            state.handle(.resize(width: to.0, height: to.1))
            Self.checkDrawable(state, glyphs: .unicode, context: "\(screen.rawValue) \(from) → \(to)")
            state.press(.down, .up, .enter, .escape)
            Self.checkDrawable(state, glyphs: .ascii, context: "\(screen.rawValue) \(from) → \(to), then keys")
        }
    }

    // MARK: Random events

    /// Every key of the keymap, plus letters, digits, specials and a few unusual characters.
    static let keys: [Key] = {
        var keys = Keymap.bindings.flatMap(\.keys)
        keys += "abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789 /?[]+-=.,;:!'\"".map { Key.char($0) }
        keys += [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .escape, .tab, .backTab,
                 .backspace, .delete, .insert, .function(1), .function(2), .function(12), .ctrl("a"), .ctrl("l"), .ctrl("z")]
        keys += ["é", "É", "ç", "€", "日", "🙂", "\u{301}"].map { Key.char($0) }
        // Keys that move through screens come up more often.
        keys += [.enter, .enter, .escape, .escape, .tab, .char("w"), .char("n"), .char("N"), .char("c"), .char("g")]
        return keys.filter { $0 != .char("q") && $0 != .ctrl("c") }
    }()

    static func randomEvent(_ random: inout SplitMix64) -> InputEvent {
        let roll = Int.random(in: 0..<1000, using: &random)
        switch roll {
        case 0..<720:
            return .key(keys.randomElement(using: &random)!)
        case 720..<820:
            // Mostly sizes the console draws on, sometimes too small, sometimes absurd.
            let width = Int.random(in: 0..<4, using: &random) == 0 ? Int.random(in: -2...70, using: &random) : Int.random(in: 60...180, using: &random)
            let height = Int.random(in: 0..<4, using: &random) == 0 ? Int.random(in: -2...25, using: &random) : Int.random(in: 20...70, using: &random)
            return .resize(width: width, height: height)
        case 820..<970:
            let actions: [MouseAction] = [.click, .click, .wheelUp, .wheelDown]
            return .mouse(row: Int.random(in: -3...80, using: &random), col: Int.random(in: -3...200, using: &random),
                          actions.randomElement(using: &random)!)
        case 970..<995:
            return .tick
        default:
            return .key(.char("q"))
        }
    }

    @Test(arguments: Screen.allCases)
    func fiveThousandRandomEventsNeverBreakTheConsole(screen: Screen) throws {
        var random = SplitMix64(seed: 0x4A52_4520 &+ UInt64(Screen.allCases.firstIndex(of: screen)!))
        let start = try screen.state(lang: .fr, width: 80, height: 24)
        var state = start
        var restarts = 0
        for step in 1...5_000 {
            let event = Self.randomEvent(&random)
            state.handle(event)
            if let workshop = state.workshop {
                let days = workshop.scenario.days
                if !(1...days).contains(workshop.day) {
                    Issue.record("step \(step) (\(event)): day \(workshop.day) outside 1…\(days)")
                    return
                }
                if !workshop.scenario.claimants.indices.contains(workshop.selectedClaimant) {
                    Issue.record("step \(step) (\(event)): selected claimant \(workshop.selectedClaimant) does not exist")
                    return
                }
            }
            if !state.picker.entries.indices.contains(state.picker.selection) {
                Issue.record("step \(step) (\(event)): picker selection \(state.picker.selection) out of range")
                return
            }
            if step.isMultiple(of: 50) || state.isFinished {
                Self.checkDrawable(state, glyphs: step.isMultiple(of: 2) ? .unicode : .ascii,
                                   context: "\(screen.rawValue), step \(step) after \(event)")
            }
            if state.isFinished {
                restarts += 1
                state = start
            }
        }
        Self.checkDrawable(state, glyphs: .unicode, context: "\(screen.rawValue) after 5,000 events")
        #expect(restarts < 100, "q is rare: the walk explored rather than restarting")
    }
}
