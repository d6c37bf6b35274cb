import CNcursesw

extension NcursesBackend {
    public func present(_ grid: CellGrid) {
        guard !isShutDown else { return }
        let runs: [CellRun]
        if needsFullRepaint || lastGrid?.size != grid.size {
            werase(window)
            runs = grid.allRuns()
        } else if let lastGrid {
            runs = grid.diff(from: lastGrid)
        } else {
            runs = grid.allRuns()
        }
        var painted = 0
        for run in runs {
            painted += paint(run)
        }
        if let cursor = grid.cursor, cursor.row >= 0, cursor.row < size.height, cursor.col >= 0, cursor.col < size.width {
            wmove(window, Int32(cursor.row), Int32(cursor.col))
            setCursorVisible(true)
        } else {
            setCursorVisible(false)
        }
        wnoutrefresh(window)
        doupdate()
        lastGrid = grid
        needsFullRepaint = false
        cellsWrittenLastPresent = painted
    }

    /// Paints one run, clipped to the window; returns the number of cells painted.
    ///
    /// `mvwadd_wchnstr` neither wraps nor moves the cursor, so the bottom-right cell is safe.
    private func paint(_ run: CellRun) -> Int {
        let windowWidth = size.width
        guard run.row >= 0, run.row < size.height, run.col >= 0, run.col < windowWidth else { return 0 }
        var buffer: [cchar_t] = []
        buffer.reserveCapacity(run.cells.count)
        var col = run.col
        var painted = 0
        for cell in run.cells {
            defer { col += 1 }
            if cell.isContinuation {
                guard col < windowWidth else { break }
                // ncurses fills the right half of a wide character itself, except when the
                // character was replaced by a one-cell ASCII stand-in.
                if asciiOnly { buffer.append(makeCell(" ", role: cell.role)) }
                painted += 1
                continue
            }
            guard col < windowWidth else { break }
            if asciiOnly {
                buffer.append(makeCell(ASCIIFallback.character(for: cell.text), role: cell.role))
            } else if cell.width == 2, col + 1 >= windowWidth {
                // A wide character cut by the right edge of a smaller terminal.
                buffer.append(makeCell(" ", role: cell.role))
            } else {
                buffer.append(makeCell(cell.text, role: cell.role))
            }
            painted += 1
        }
        guard !buffer.isEmpty else { return painted }
        mvwadd_wchnstr(window, Int32(run.row), Int32(run.col), &buffer, Int32(buffer.count))
        return painted
    }

    /// The ncurses cell for a grapheme: its first code point and up to four combining marks.
    private func makeCell(_ text: String, role: Role) -> cchar_t {
        var characters: [wchar_t] = []
        for scalar in text.unicodeScalars {
            if characters.isEmpty {
                characters.append(wchar_t(bitPattern: scalar.value))
            } else if characters.count < 5, DisplayWidth.kind(of: scalar) == .zero {
                characters.append(wchar_t(bitPattern: scalar.value))
            } else {
                break
            }
        }
        if characters.isEmpty { characters.append(32) }
        characters.append(0)
        var cell = cchar_t()
        let attributes = styles.attributes(for: role)
        let pair = styles.pair(for: role)
        if setcchar(&cell, characters, attributes, pair, nil) != jre_ok() {
            setcchar(&cell, [63, 0], attributes, pair, nil)
        }
        return cell
    }

    func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        cursorVisible = visible
        curs_set(visible ? 1 : 0)
    }
}
