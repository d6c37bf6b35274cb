import CNcursesw
import JREText
import Testing
@testable import JRETerminal

extension ProcessWideStateTests {
    /// ncurses in-process, drawing to /dev/null as xterm-256color, read back from its window.
    ///
    /// Serialized with the other process-wide suites: ncurses has one current screen per process.
    @Suite struct NcursesBackendTests {
        /// Opens an off-screen backend, or records why not. Only a missing terminfo entry is
        /// accepted as a reason to skip (the test then passes with a note).
        private func openBackend(
            _ options: NcursesBackend.Options = .offscreen(), width: Int = 20, height: Int = 5
        ) throws -> NcursesBackend? {
            do {
                let backend = try NcursesBackend(options: options)
                backend.resizeForTesting(width: width, height: height)
                // resizeterm queues a KEY_RESIZE, as a real SIGWINCH would: take it.
                _ = backend.nextEvent(timeoutMilliseconds: 0)
                return backend
            } catch .unknownTerminalType(let type) {
                withKnownIssue("no terminfo entry for \(type) on this machine") { throw TerminalError.unknownTerminalType(type) }
                return nil
            }
        }

        /// What the window holds at a cell: its characters, attributes and colour pair.
        private func readCell(_ backend: NcursesBackend, row: Int, col: Int) -> (text: String, attributes: attr_t, pair: Int16) {
            var cell = cchar_t()
            mvwin_wch(backend.window, Int32(row), Int32(col), &cell)
            var characters = [wchar_t](repeating: 0, count: 8)
            var attributes: attr_t = 0
            var pair: Int16 = 0
            getcchar(&cell, &characters, &attributes, &pair, nil)
            let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
            return (String(String.UnicodeScalarView(scalars)), attributes, pair)
        }

        /// One row of the window as text, skipping the right halves of wide characters.
        private func readRow(_ backend: NcursesBackend, row: Int) -> String {
            var text = ""
            var col = 0
            while col < backend.size.width {
                let cell = readCell(backend, row: row, col: col)
                text += cell.text
                col += max(1, DisplayWidth.of(cell.text))
            }
            return text
        }

        @Test func paintsWideCharactersCombiningMarksAndTheBottomRightCell() throws {
            guard let backend = try openBackend() else { return }
            defer { backend.shutdown() }
            var grid = CellGrid(width: 20, height: 5)
            grid.put("日本語 été e\u{301}", row: 0, col: 0, role: .title)
            grid.put("Z", row: 4, col: 19, role: .alert)
            grid.put("end日", row: 2, col: 16)
            backend.present(grid)
            #expect(readRow(backend, row: 0) == "日本語 été e\u{301}        ")
            #expect(readCell(backend, row: 0, col: 0).text == "日")
            #expect(readCell(backend, row: 0, col: 11).text == "e\u{301}")
            #expect(readCell(backend, row: 4, col: 19).text == "Z")
            #expect(readRow(backend, row: 2) == "                end ")
            #expect(backend.cellsWrittenLastPresent == 100)
        }

        @Test func colourRolesGetPairsAndAttributes() throws {
            guard let backend = try openBackend(.offscreen(colorMode: .color)) else { return }
            defer { backend.shutdown() }
            #expect(backend.usesColor)
            var grid = CellGrid(width: 20, height: 5)
            grid.put("A", row: 0, col: 0, role: .alert)
            grid.put("W", row: 0, col: 1, role: .watch)
            grid.put("S", row: 0, col: 2, role: .selected)
            grid.put("n", row: 0, col: 3, role: .normal)
            backend.present(grid)
            let alert = readCell(backend, row: 0, col: 0)
            let watch = readCell(backend, row: 0, col: 1)
            let selected = readCell(backend, row: 0, col: 2)
            let normal = readCell(backend, row: 0, col: 3)
            #expect(alert.pair != 0 && watch.pair != 0 && alert.pair != watch.pair)
            #expect(alert.attributes & jre_a_bold() != 0)
            #expect(selected.attributes & jre_a_reverse() != 0)
            #expect(normal.pair == 0 && normal.attributes & (jre_a_bold() | jre_a_reverse() | jre_a_underline()) == 0)
            var foreground: Int16 = 0
            var background: Int16 = 0
            pair_content(alert.pair, &foreground, &background)
            #expect(foreground == 160, "xterm-256color gets the 256-colour red")
            #expect(background == -1, "colours sit on the terminal's own background")
        }

        @Test func monochromeCarriesRolesWithAttributesOnly() throws {
            var options = NcursesBackend.Options.offscreen(colorMode: .automatic)
            options.environment = ["NO_COLOR": "1"]
            guard let backend = try openBackend(options) else { return }
            defer { backend.shutdown() }
            #expect(!backend.usesColor)
            var grid = CellGrid(width: 20, height: 5)
            grid.put("A", row: 0, col: 0, role: .alert)
            grid.put("W", row: 0, col: 1, role: .watch)
            grid.put("S", row: 0, col: 2, role: .selected)
            grid.put("H", row: 0, col: 3, role: .header)
            backend.present(grid)
            let cells = (0..<4).map { readCell(backend, row: 0, col: $0) }
            #expect(cells.allSatisfy { $0.pair == 0 })
            #expect(cells[0].attributes & jre_a_bold() != 0)
            #expect(cells[1].attributes & jre_a_underline() != 0)
            #expect(cells[2].attributes & jre_a_reverse() != 0)
            #expect(cells[3].attributes & (jre_a_reverse() | jre_a_bold()) == jre_a_reverse() | jre_a_bold())
        }

        @Test func aTerminalWithoutColoursIsMonochromeEvenWhenColourIsAsked() throws {
            guard let backend = try openBackend(.offscreen(terminalType: "xterm-mono", colorMode: .color)) else { return }
            defer { backend.shutdown() }
            #expect(!backend.usesColor)
        }

        @Test func onlyChangedCellsArePaintedUntilAResize() throws {
            guard let backend = try openBackend() else { return }
            defer { backend.shutdown() }
            var grid = CellGrid(width: 20, height: 5)
            grid.put("stable text", row: 1, col: 0)
            backend.present(grid)
            #expect(backend.cellsWrittenLastPresent == 100)
            grid.put("X", row: 1, col: 0)
            backend.present(grid)
            #expect(backend.cellsWrittenLastPresent == 1)
            #expect(readRow(backend, row: 1) == "Xtable text         ")
            backend.present(grid)
            #expect(backend.cellsWrittenLastPresent == 0)
            backend.resizeForTesting(width: 20, height: 5)
            backend.present(grid)
            #expect(backend.cellsWrittenLastPresent == 100)
        }

        @Test func aGridLargerThanTheTerminalIsClipped() throws {
            guard let backend = try openBackend(width: 6, height: 2) else { return }
            defer { backend.shutdown() }
            var grid = CellGrid(width: 10, height: 4)
            grid.put("abcd日本", row: 0, col: 0)
            grid.put("row two", row: 1, col: 0)
            grid.put("hidden", row: 3, col: 0)
            grid.cursor = (row: 3, col: 9)
            backend.present(grid)
            #expect(readRow(backend, row: 0) == "abcd日")
            #expect(readRow(backend, row: 1) == "row tw")
            // A wide character cut by the edge shows as a space.
            var cut = CellGrid(width: 10, height: 2)
            cut.put("abcde日", row: 0, col: 0)
            backend.present(cut)
            #expect(readRow(backend, row: 0) == "abcde ")
        }

        @Test func theCursorFollowsTheGrid() throws {
            guard let backend = try openBackend() else { return }
            defer { backend.shutdown() }
            var grid = CellGrid(width: 20, height: 5)
            grid.cursor = (row: 2, col: 7)
            backend.present(grid)
            #expect(jre_getcury(backend.window) == 2)
            #expect(jre_getcurx(backend.window) == 7)
        }

        @Test func keysAreReadAndDecodedThroughNcurses() throws {
            guard let backend = try openBackend() else { return }
            defer { backend.shutdown() }
            ungetch(jre_key_up())
            #expect(backend.nextEvent(timeoutMilliseconds: 0) == .key(.up))
            unget_wch(wchar_t(0xE9))
            #expect(backend.nextEvent(timeoutMilliseconds: 0) == .key(.char("é")))
            ungetch(3)
            #expect(backend.nextEvent(timeoutMilliseconds: 0) == .key(.ctrl("c")))
            ungetch(jre_key_btab())
            #expect(backend.nextEvent(timeoutMilliseconds: 0) == .key(.backTab))
            ungetch(jre_key_resize())
            #expect(backend.nextEvent(timeoutMilliseconds: 0) == .resize(width: 20, height: 5))
        }

        @Test func endOfInputIsReportedInsteadOfSpinning() throws {
            guard let backend = try openBackend() else { return }
            defer { backend.shutdown() }
            let start = ContinuousClock.now
            #expect(backend.nextEvent(timeoutMilliseconds: 2000) == .inputClosed)
            #expect(ContinuousClock.now - start < .seconds(1))
            #expect(backend.nextEvent(timeoutMilliseconds: 0) == .inputClosed)
        }

        @Test func shutdownIsIdempotentAndFreesTheScreenForAnother() throws {
            guard let first = try openBackend() else { return }
            #expect(throws: TerminalError.alreadyActive) { try NcursesBackend(options: .offscreen()) }
            first.shutdown()
            first.shutdown()
            #expect(first.isShutDown)
            #expect(first.nextEvent(timeoutMilliseconds: 0) == .inputClosed)
            guard let second = try openBackend() else { return }
            second.shutdown()
        }

        @Test func refusesClearlyWithoutAUsableTerminal() {
            #expect(throws: TerminalError.unknownTerminalType("no-such-terminal")) {
                try NcursesBackend(options: .offscreen(terminalType: "no-such-terminal"))
            }
            #expect(throws: TerminalError.terminalTypeMissing) {
                try NcursesBackend(options: NcursesBackend.Options(device: .paths(input: "/dev/null", output: "/dev/null"), requireTerminal: false, environment: [:]))
            }
            #expect(throws: TerminalError.notATerminal) {
                try NcursesBackend(options: NcursesBackend.Options(
                    terminalType: "xterm", device: .paths(input: "/dev/null", output: "/dev/null"), environment: [:]
                ))
            }
            #expect(throws: TerminalError.cannotOpen("/no/such/device")) {
                try NcursesBackend(options: NcursesBackend.Options(
                    terminalType: "xterm", device: .paths(input: "/no/such/device", output: "/dev/null"),
                    requireTerminal: false, environment: [:]
                ))
            }
            // The next backend can still open: failures release everything.
            #expect(throws: Never.self) { try NcursesBackend(options: .offscreen()).shutdown() }
        }

        @Test func refusalsPointToTheHeadlessCommands() {
            let errors: [TerminalError] = [.notATerminal, .terminalTypeMissing, .unknownTerminalType("vt999"), .cannotOpen("/dev/x")]
            for error in errors {
                for lang in [Lang.fr, .en] {
                    let message = error.message(lang)
                    #expect(message.contains("jre-console check|report|explain"), "\(error) in \(lang)")
                    #expect(!message.contains("\n"))
                }
            }
            #expect(TerminalError.unknownTerminalType("vt999").message(.fr).contains("« vt999 »"))
        }
    }
}
