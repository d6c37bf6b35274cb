extension CellGrid {
    /// The grid as text: rows joined by newlines, trailing spaces trimmed (for snapshots).
    ///
    /// Wide characters appear once, so each line looks on a terminal as it does on screen.
    public func plainText() -> String {
        var lines: [String] = []
        lines.reserveCapacity(height)
        for r in 0..<height {
            var line = ""
            for cell in row(r) where !cell.isContinuation {
                line += cell.text
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// One letter per cell giving its role (``Role/letter``), rows joined by newlines.
    ///
    /// Every row has exactly `width` letters, continuation cells included, so the map lines
    /// up column for column with ``plainText()`` as shown on a terminal.
    public func roleMap() -> String {
        var lines: [String] = []
        lines.reserveCapacity(height)
        for r in 0..<height {
            lines.append(String(row(r).map(\.role.letter)))
        }
        return lines.joined(separator: "\n")
    }
}
