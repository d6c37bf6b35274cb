import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// Every screen of the console, drawn into the in-memory grid and compared with the reviewed
/// files in `Snapshots/` (plain text, then the role of every cell, then the cursor).
///
/// Colour or monochrome is not decided here: the ncurses backend turns each role into a colour
/// pair, or under `NO_COLOR` into bold/reverse/underline, from the role alone. The role map in
/// each snapshot is therefore what pins both renderings; the glyph set (Unicode or ASCII) is
/// pinned by the plain text. Re-record with `JRE_RECORD_SNAPSHOTS=1` and review the diff.
@Suite struct ScreenSnapshotTests {
    /// The screens, each reached the way a user reaches it.
    enum Screen: String, CaseIterable, Sendable {
        case picker, briefing, board, file, why, checkpoint, help, tooSmall = "too-small"

        /// The console showing this screen at `width` × `height`: reached on a terminal of that
        /// size (the file's layout is chosen when it opens), or on 80×24 then shrunk when that
        /// size is too small to use.
        func state(lang: Lang, width: Int, height: Int) throws -> AppState {
            let usable = width >= AppState.minimumWidth && height >= AppState.minimumHeight
            var state = try reached(lang: lang, width: usable ? width : 80, height: usable ? height : 24)
            state.handle(.resize(width: width, height: height))
            return state
        }

        private func reached(lang: Lang, width: Int, height: Int) throws -> AppState {
            switch self {
            case .picker:
                return Console.atPicker(lang: lang, width: width, height: height)
            case .briefing:
                var state = Console.atPicker(lang: lang, width: width, height: height)
                state.press(.enter)
                return state
            case .board, .tooSmall:
                // Day 7 → 8: Rose-Marie's alert is new; the selection is further down the list.
                var state = try Console.onBoard(day: 7, lang: lang, width: width, height: height)
                state.press(.char("n"))
                state.selectOnBoard("Thomas Girard")
                return state
            case .file:
                var state = try Console.onBoard(day: 7, lang: lang, width: width, height: height)
                state.press(.char("n"))
                state.selectOnBoard("Rose-Marie Kouassi")
                state.press(.enter)
                return state
            case .why:
                var state = try Console.onBoard(day: 7, lang: lang, width: width, height: height)
                state.press(.char("n"))
                state.selectOnBoard("Rose-Marie Kouassi")
                state.press(.char("w"))
                return state
            case .checkpoint:
                var state = try Console.onBoard(day: 21, lang: lang, width: width, height: height)
                state.press(.char("n"))
                return state
            case .help:
                var state = try Console.onBoard(day: 8, lang: lang, width: width, height: height)
                state.press(.char("?"))
                return state
            }
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var screen: Screen
        var lang: Lang
        var ascii: Bool
        var width: Int
        var height: Int

        var name: String { "\(screen.rawValue)-\(lang.rawValue)-\(ascii ? "ascii" : "unicode")-\(width)x\(height)" }
        var testDescription: String { name }
    }

    static let sizes = [(80, 24), (120, 40), (60, 20)]

    static let cases: [Case] = {
        var cases: [Case] = []
        for screen in Screen.allCases where screen != .tooSmall {
            for (width, height) in sizes {
                for ascii in [false, true] {
                    cases.append(Case(screen: screen, lang: .fr, ascii: ascii, width: width, height: height))
                }
            }
            // Every screen in English at the classic size, for the documentation.
            cases.append(Case(screen: screen, lang: .en, ascii: false, width: 80, height: 24))
        }
        // The board in English at every size and in ASCII.
        cases.append(Case(screen: .board, lang: .en, ascii: true, width: 80, height: 24))
        cases.append(Case(screen: .board, lang: .en, ascii: false, width: 120, height: 40))
        cases.append(Case(screen: .board, lang: .en, ascii: false, width: 60, height: 20))
        for lang in Lang.allCases {
            for ascii in [false, true] {
                cases.append(Case(screen: .tooSmall, lang: lang, ascii: ascii, width: 50, height: 15))
            }
        }
        return cases
    }()

    @Test(arguments: cases)
    func screen(_ snapshot: Case) throws {
        let state = try snapshot.screen.state(lang: snapshot.lang, width: snapshot.width, height: snapshot.height)
        let grid = ScreenRenderer.render(state, glyphs: snapshot.ascii ? .ascii : .unicode)
        #expect(grid.width == snapshot.width)
        #expect(grid.height == snapshot.height)
        Snapshot.check(grid, named: snapshot.name)
    }

    /// The same state draws the same screen (the views are pure).
    @Test(arguments: Screen.allCases)
    func renderingTwiceGivesTheSameGrid(screen: Screen) throws {
        let state = try screen.state(lang: .fr, width: screen == .tooSmall ? 50 : 80, height: screen == .tooSmall ? 15 : 24)
        #expect(ScreenRenderer.render(state, glyphs: .unicode) == ScreenRenderer.render(state, glyphs: .unicode))
    }

    /// Severity is never shown by colour alone: every badge cell in a severity role is a glyph
    /// of that severity, so a monochrome screen still tells them apart.
    @Test(arguments: [Glyphs.unicode, .ascii])
    func severityRolesAlwaysCarryTheirGlyph(glyphs: Glyphs) throws {
        let state = try Screen.board.state(lang: .fr, width: 80, height: 24)
        let grid = ScreenRenderer.render(state, glyphs: glyphs)
        let lines = grid.plainText().split(separator: "\n", omittingEmptySubsequences: false)
        var badges = 0
        for row in 3..<(grid.height - 2) where lines[row].hasPrefix("  ") || lines[row].hasPrefix(glyphs.newMarker) {
            for col in 0..<grid.width {
                let cell = grid[row: row, col: col]
                guard [Role.ok, .watch, .alert].contains(cell.role) else { continue }
                #expect(cell.text == glyphs.mark(for: cell.role), "row \(row) col \(col): « \(cell.text) » in role \(cell.role)")
                badges += 1
            }
        }
        #expect(badges > 20)
        // The legend names each mark in words.
        let status = grid.plainText().split(separator: "\n", omittingEmptySubsequences: false)[grid.height - 2]
        #expect(status.contains("\(glyphs.alert) alerte"))
        #expect(status.contains("\(glyphs.watch) à surveiller"))
        #expect(status.contains("\(glyphs.ok) ok"))
    }

    /// `--ascii` is for terminals that cannot show line drawing: no screen may use it then.
    @Test(arguments: Screen.allCases)
    func asciiScreensUseNoDrawingCharacters(screen: Screen) throws {
        for (width, height) in screen == .tooSmall ? [(50, 15)] : Self.sizes {
            let state = try screen.state(lang: .fr, width: width, height: height)
            let text = ScreenRenderer.render(state, glyphs: .ascii).plainText()
            let drawing = text.unicodeScalars.filter(Self.isDrawingSymbol)
            #expect(drawing.isEmpty, "\(screen.rawValue) at \(width)×\(height) in ASCII shows \(String(String.UnicodeScalarView(drawing)))")
        }
    }

    /// Box drawing, blocks, geometric shapes, arrows, stars and braille: what the glyph sets swap.
    static func isDrawingSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2190...0x21FF, 0x2500...0x25FF, 0x2600...0x26FF, 0x2800...0x28FF: return true
        default: return false
        }
    }
}
