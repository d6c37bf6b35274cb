import JREText

/// A screenful of cells in memory: what views draw into and backends copy to the terminal.
///
/// Views render their whole state into a fresh grid each frame; the backend compares it with
/// the previous one (``diff(from:)``) and paints only what changed. Every drawing call clips
/// to the grid, so drawing at any size, including 0×0, never traps.
///
/// ```swift
/// var grid = CellGrid(width: 20, height: 3, glyphs: .unicode)
/// grid.box(row: 0, col: 0, width: 20, height: 3, role: .border)
/// grid.put("Parcours à analyser", row: 1, col: 1, role: .alert, maxWidth: 18, ellipsis: true)
/// grid.cursor = (row: 1, col: 1)
/// print(grid.plainText())
/// // ┌──────────────────┐
/// // │Parcours à analys…│
/// // └──────────────────┘
/// ```
public struct CellGrid: Equatable, Sendable {
    /// Columns in the grid (never negative).
    public let width: Int
    /// Rows in the grid (never negative).
    public let height: Int
    /// The glyph set drawing helpers such as ``box(row:col:width:height:role:)`` use.
    public var glyphs: Glyphs
    /// All cells, row after row.
    public private(set) var cells: [Cell]
    /// Where the hardware cursor stands, if anywhere (kept on the selected row for screen
    /// readers and braille displays); `nil` hides it.
    public var cursor: (row: Int, col: Int)? {
        get { cursorPosition.map { (row: $0.row, col: $0.col) } }
        set { cursorPosition = newValue.map { GridPosition(row: $0.row, col: $0.col) } }
    }

    private var cursorPosition: GridPosition?

    /// A blank grid of `width` × `height` cells (negative sizes count as 0).
    public init(width: Int, height: Int, glyphs: Glyphs = .unicode) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.glyphs = glyphs
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The grid's size.
    public var size: TerminalSize { TerminalSize(width: width, height: height) }

    /// The cell at `row`, `col`, or a blank cell outside the grid.
    public subscript(row row: Int, col col: Int) -> Cell {
        contains(row: row, col: col) ? cells[row * width + col] : .blank
    }

    /// The cells of one row (empty outside the grid).
    public func row(_ row: Int) -> ArraySlice<Cell> {
        guard row >= 0, row < height else { return [] }
        return cells[(row * width)..<((row + 1) * width)]
    }

    /// Whether `row`, `col` is inside the grid.
    public func contains(row: Int, col: Int) -> Bool {
        row >= 0 && row < height && col >= 0 && col < width
    }

    public static func == (lhs: CellGrid, rhs: CellGrid) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursorPosition == rhs.cursorPosition && lhs.glyphs == rhs.glyphs
    }

    // MARK: - Cell storage keeping wide characters whole

    /// Stores `cell` at a position known to be inside the grid, mending any wide character
    /// that the write cuts in half. A `width` of 2 also writes the continuation cell.
    mutating func store(_ cell: Cell, width cellWidth: Int, row: Int, col: Int) {
        let base = row * width
        breakWideCharacter(at: base, col: col)
        cells[base + col] = cell
        if cellWidth == 2, col + 1 < width {
            breakWideCharacter(at: base, col: col + 1)
            cells[base + col + 1] = Cell("", role: cell.role)
        }
    }

    /// Blanks the other half of a wide character that overlaps column `col` of a row.
    private mutating func breakWideCharacter(at base: Int, col: Int) {
        let index = base + col
        if cells[index].isContinuation, col > 0 {
            cells[index - 1] = .blank(cells[index - 1].role)
        }
        if col + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = .blank(cells[index + 1].role)
        }
    }

    /// Appends zero-width code points (combining marks) to the cell at a position known to
    /// be inside the grid, or to the wide character it continues.
    mutating func appendToCell(_ marks: String, row: Int, col: Int) {
        var index = row * width + col
        if cells[index].isContinuation, col > 0 { index -= 1 }
        if cells[index].isContinuation { return }
        cells[index].text += marks
    }

    /// Changes the role of a cell known to be inside the grid.
    mutating func setRole(_ role: Role, row: Int, col: Int) {
        cells[row * width + col].role = role
    }
}

/// A row and column on the grid (the stored form of ``CellGrid/cursor``).
struct GridPosition: Equatable, Hashable, Sendable {
    var row: Int
    var col: Int
}
