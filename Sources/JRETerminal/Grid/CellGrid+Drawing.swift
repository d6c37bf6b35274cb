extension CellGrid {
    /// Writes `text` on one line from `row`, `col` and returns the column just after it.
    ///
    /// The text is clipped to the grid and to `maxWidth` columns when given; with `ellipsis`
    /// a text that does not fit ends with the grid's ellipsis glyph instead of being cut
    /// bare. Wide characters take two cells and are never split at the edge; combining marks
    /// join the previous cell; control characters show as spaces and code points a terminal
    /// cannot print as `?`. Negative positions and any grid size are safe.
    ///
    /// ```swift
    /// var grid = CellGrid(width: 8, height: 1, glyphs: .ascii)
    /// grid.put("Situations", row: 0, col: 0, role: .watch, ellipsis: true)
    /// grid.plainText()  // "Situa..."
    /// ```
    @discardableResult
    public mutating func put(
        _ text: String, row: Int, col: Int, role: Role = .normal, maxWidth: Int? = nil, ellipsis: Bool = false
    ) -> Int {
        guard row >= 0, row < height else { return col }
        let limit = min(width, maxWidth.map { col + max(0, $0) } ?? width)
        let available = limit - col
        var shown = text
        if ellipsis, DisplayWidth.of(text) > available {
            shown = DisplayWidth.truncated(text, toWidth: available, ellipsis: glyphs.ellipsis)
        }
        var x = col
        for character in shown {
            let (display, characterWidth) = Self.printable(character)
            if characterWidth == 0 {
                if x > 0, x - 1 < width { appendToCell(display, row: row, col: x - 1) }
                continue
            }
            if x + characterWidth > limit { break }
            if x >= 0 {
                store(Cell(display, role: role), width: characterWidth, row: row, col: x)
            } else if x + characterWidth > 0 {
                // The right half of a wide character that starts left of the grid.
                store(.blank(role), width: 1, row: row, col: 0)
            }
            x += characterWidth
        }
        return x
    }

    /// Fills a rectangle with `character` (a one-column character; others become spaces).
    public mutating func fill(
        row: Int, col: Int, width fillWidth: Int, height fillHeight: Int, role: Role = .normal,
        character: Character = " "
    ) {
        let text = DisplayWidth.of(character: character) == 1 && Self.printable(character).width == 1
            ? String(character) : " "
        forEachCell(row: row, col: col, width: fillWidth, height: fillHeight) { grid, r, c in
            grid.store(Cell(text, role: role), width: 1, row: r, col: c)
        }
    }

    /// Blanks the whole grid with `role` and hides the cursor.
    public mutating func clear(role: Role = .normal) {
        fill(row: 0, col: 0, width: width, height: height, role: role)
        cursor = nil
    }

    /// Gives every cell of a rectangle `role`, keeping its text (to highlight a selected row).
    public mutating func recolor(row: Int, col: Int, width recolorWidth: Int, height recolorHeight: Int = 1, role: Role) {
        forEachCell(row: row, col: col, width: recolorWidth, height: recolorHeight) { grid, r, c in
            grid.setRole(role, row: r, col: c)
        }
    }

    /// Draws a horizontal line of the grid's box glyph.
    public mutating func horizontalLine(row: Int, col: Int, width lineWidth: Int, role: Role = .border) {
        fill(row: row, col: col, width: lineWidth, height: 1, role: role, character: glyphs.box.horizontal)
    }

    /// Draws a vertical line of the grid's box glyph.
    public mutating func verticalLine(row: Int, col: Int, height lineHeight: Int, role: Role = .border) {
        fill(row: row, col: col, width: 1, height: lineHeight, role: role, character: glyphs.box.vertical)
    }

    /// Draws a frame with the grid's box glyphs, optionally with a title in its top edge.
    ///
    /// The inside is left as it is (call ``fill(row:col:width:height:role:character:)``
    /// first for an opaque box). A box one cell high or wide degrades to a line.
    public mutating func box(
        row: Int, col: Int, width boxWidth: Int, height boxHeight: Int, role: Role = .border,
        title: String? = nil, titleRole: Role = .title
    ) {
        guard boxWidth > 0, boxHeight > 0 else { return }
        if boxHeight == 1 {
            horizontalLine(row: row, col: col, width: boxWidth, role: role)
            return
        }
        if boxWidth == 1 {
            verticalLine(row: row, col: col, height: boxHeight, role: role)
            return
        }
        let lines = glyphs.box
        let bottom = row + boxHeight - 1
        let right = col + boxWidth - 1
        horizontalLine(row: row, col: col + 1, width: boxWidth - 2, role: role)
        horizontalLine(row: bottom, col: col + 1, width: boxWidth - 2, role: role)
        verticalLine(row: row + 1, col: col, height: boxHeight - 2, role: role)
        verticalLine(row: row + 1, col: right, height: boxHeight - 2, role: role)
        put(String(lines.topLeft), row: row, col: col, role: role)
        put(String(lines.topRight), row: row, col: right, role: role)
        put(String(lines.bottomLeft), row: bottom, col: col, role: role)
        put(String(lines.bottomRight), row: bottom, col: right, role: role)
        if let title, !title.isEmpty, boxWidth > 4 {
            put(" \(title) ", row: row, col: col + 1, role: titleRole, maxWidth: boxWidth - 2, ellipsis: true)
        }
    }

    /// Calls `body` for every in-grid cell of a rectangle.
    private mutating func forEachCell(
        row: Int, col: Int, width areaWidth: Int, height areaHeight: Int,
        _ body: (inout CellGrid, Int, Int) -> Void
    ) {
        let firstRow = max(0, row)
        let lastRow = min(height, row + max(0, areaHeight))
        let firstCol = max(0, col)
        let lastCol = min(width, col + max(0, areaWidth))
        guard firstRow < lastRow, firstCol < lastCol else { return }
        for r in firstRow..<lastRow {
            for c in firstCol..<lastCol {
                body(&self, r, c)
            }
        }
    }

    /// What a grapheme shows as in a cell, and how many columns it takes.
    static func printable(_ character: Character) -> (text: String, width: Int) {
        guard let first = character.unicodeScalars.first else { return (" ", 1) }
        switch DisplayWidth.kind(of: first) {
        case .zero:
            return (String(character), 0)
        case .narrow:
            return (String(character), 1)
        case .wide:
            return (String(character), 2)
        case .unprintable:
            let isControl = first.value < 0x20 || (first.value >= 0x7F && first.value < 0xA0)
            return (isControl ? " " : "?", 1)
        }
    }
}
