import JRETerminal

/// ASCII stand-ins for the drawing symbols that texts carry (`│`, `↑↓`, `—`, `«»`, `…`), used with
/// `--ascii`: glyphs come from the ASCII set already, this catches the rest. Letters stay as they are.
enum ASCIIDrawing {
    static func character(for text: String) -> String {
        guard let scalar = text.unicodeScalars.first, text.unicodeScalars.count == 1, !scalar.isASCII else { return text }
        switch scalar.value {
        case 0x2500...0x257F:
            // Box drawing: vertical strokes, horizontal strokes, corners and tees.
            let verticals: Set<UInt32> = [0x2502, 0x2503, 0x2551]
            let horizontals: Set<UInt32> = [0x2500, 0x2501, 0x2550]
            return verticals.contains(scalar.value) ? "|" : horizontals.contains(scalar.value) ? "-" : "+"
        case 0x2190, 0x21D0: return "<"
        case 0x2191, 0x21D1: return "^"
        case 0x2192, 0x21D2: return ">"
        case 0x2193, 0x21D3: return "v"
        case 0x2194...0x21FF: return ">"
        case 0x2580...0x259F: return "#"
        case 0x25A0...0x25FF, 0x2600...0x26FF, 0x2700...0x27BF: return "*"
        case 0x2013, 0x2014, 0x2212: return "-"
        case 0x00AB, 0x00BB, 0x201C, 0x201D: return "\""
        case 0x2018, 0x2019: return "'"
        case 0x2026: return "."
        case 0x00D7: return "x"
        case 0x00B7, 0x2022: return "."
        case 0x00A0, 0x202F: return " "
        default: return text
        }
    }

    /// The grid with every drawing symbol replaced.
    static func apply(to grid: inout CellGrid) {
        for row in 0..<grid.height {
            for col in 0..<grid.width {
                let cell = grid[row: row, col: col]
                let replacement = character(for: cell.text)
                if replacement != cell.text { grid.put(replacement, row: row, col: col, role: cell.role, maxWidth: 1) }
            }
        }
    }
}
