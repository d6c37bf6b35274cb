import JREConsole
import JRETerminal
import JREText

/// A band of large, centred caption lines with a title rule above and a hint line below.
struct CaptionBand: Equatable {
    var title: String
    var lines: [String]
    var hint: String?
    var hintRole: Role = .accent

    /// Rows the band takes at `width`: the rule, a blank, the wrapped lines, a blank, the hint.
    func height(width: Int, maximum: Int) -> Int {
        let wrapped = wrappedLines(width: width)
        let wanted = 1 + (wrapped.isEmpty ? 0 : wrapped.count + 1) + (hint == nil ? 0 : 1) + 1
        return max(2, min(maximum, wanted))
    }

    /// Rows the band needs at the least: the rule (with the hint at its end) and the lines.
    func compactHeight(width: Int) -> Int {
        1 + wrappedLines(width: width).count
    }

    func wrappedLines(width: Int) -> [String] {
        lines.flatMap { TextLayout.wrap($0, width: max(10, width - 8)) }
    }

    func draw(top: Int, into grid: inout CellGrid) {
        let height = grid.height - top
        guard height > 0 else { return }
        let wrapped = wrappedLines(width: grid.width)
        // The hint gets a row of its own when there is room, else it ends the rule.
        let hintRow = hint != nil && height - 1 > wrapped.count
        grid.fill(row: top, col: 0, width: grid.width, height: height, role: .modal)
        grid.horizontalLine(row: top, col: 0, width: grid.width, role: .border)
        let titleEnd = grid.put(" " + title + " ", row: top, col: 2, role: .title, maxWidth: grid.width - 4, ellipsis: true)
        if let hint, !hintRow {
            let text = " " + hint + " "
            let col = max(titleEnd + 2, grid.width - 2 - DisplayWidth.of(text))
            grid.put(text, row: top, col: col, role: hintRole, maxWidth: max(0, grid.width - 2 - col), ellipsis: true)
        }
        let room = height - 1 - (hintRow ? 1 : 0)
        var row = top + (room > wrapped.count ? 2 : 1)
        let last = grid.height - (hintRow ? 2 : 1)
        for line in wrapped where row <= last {
            let col = max(1, (grid.width - DisplayWidth.of(line)) / 2)
            grid.put(line, row: row, col: col, role: .title, maxWidth: grid.width - 2)
            row += 1
        }
        if let hint, hintRow {
            let col = max(1, (grid.width - DisplayWidth.of(hint)) / 2)
            grid.put(hint, row: grid.height - 1, col: col, role: hintRole, maxWidth: grid.width - 2, ellipsis: true)
        }
    }
}
