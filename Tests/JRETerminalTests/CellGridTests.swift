import Testing
@testable import JRETerminal

@Suite struct CellGridTests {
    @Test func putWritesTextWithItsRole() {
        var grid = CellGrid(width: 10, height: 2)
        let end = grid.put("Alerte", row: 1, col: 2, role: .alert)
        #expect(end == 8)
        #expect(grid.plainText() == "\n  Alerte")
        #expect(grid.roleMap() == "..........\n..aaaaaa..")
    }

    @Test func drawingIsSafeOnEmptyAndTinyGrids() {
        for (width, height) in [(0, 0), (1, 1), (0, 5), (5, 0), (-3, -3)] {
            var grid = CellGrid(width: width, height: height)
            grid.put("日本語 text", row: 0, col: 0, role: .alert, maxWidth: 4, ellipsis: true)
            grid.put("x", row: -1, col: -1)
            grid.put("x", row: 100, col: 100)
            grid.fill(row: -2, col: -2, width: 10, height: 10, role: .modal)
            grid.box(row: 0, col: 0, width: 3, height: 3)
            grid.recolor(row: 0, col: 0, width: 5, height: 5, role: .selected)
            grid.horizontalLine(row: 0, col: 0, width: 9)
            grid.verticalLine(row: 0, col: 0, height: 9)
            grid.cursor = (row: 0, col: 0)
            _ = grid.diff(from: CellGrid(width: 2, height: 2))
            #expect(grid.cells.count == max(0, width) * max(0, height))
            _ = grid.plainText()
            _ = grid.roleMap()
        }
        var one = CellGrid(width: 1, height: 1)
        one.put("日", row: 0, col: 0)
        #expect(one.plainText() == "", "a wide character never half-fits")
        one.put("abc", row: 0, col: 0, ellipsis: true)
        #expect(one.plainText() == "…")
    }

    @Test func textIsClippedAtTheEdgeAndAtMaxWidth() {
        var grid = CellGrid(width: 6, height: 1)
        grid.put("abcdefgh", row: 0, col: 2)
        #expect(grid.plainText() == "  abcd")
        grid = CellGrid(width: 10, height: 1)
        grid.put("abcdefgh", row: 0, col: 1, maxWidth: 3)
        #expect(grid.plainText() == " abc")
        grid.put("zz", row: 0, col: 5, maxWidth: 0)
        #expect(grid.plainText() == " abc")
    }

    @Test func negativeColumnsClipTheStart() {
        var grid = CellGrid(width: 5, height: 1)
        grid.put("abcdef", row: 0, col: -2)
        #expect(grid.plainText() == "cdef")
        grid = CellGrid(width: 5, height: 1)
        grid.put("日本", row: 0, col: -1)
        #expect(grid.plainText() == " 本")
    }

    @Test func ellipsisMarksCutText() {
        var grid = CellGrid(width: 12, height: 2, glyphs: .unicode)
        grid.put("Parcours à analyser", row: 0, col: 0, maxWidth: 10, ellipsis: true)
        grid.put("Court", row: 1, col: 0, maxWidth: 10, ellipsis: true)
        #expect(grid.plainText() == "Parcours …\nCourt")
        var ascii = CellGrid(width: 8, height: 1, glyphs: .ascii)
        ascii.put("Situations", row: 0, col: 0, role: .watch, ellipsis: true)
        #expect(ascii.plainText() == "Situa...")
        #expect(ascii.roleMap() == "wwwwwwww")
    }

    @Test func wideCharactersTakeTwoCellsAndStayWhole() {
        var grid = CellGrid(width: 7, height: 1)
        let end = grid.put("日本語", row: 0, col: 0, role: .title)
        #expect(end == 6)
        #expect(grid.plainText() == "日本語")
        #expect(grid[row: 0, col: 1].isContinuation)
        #expect(grid.roleMap() == "tttttt.")
        // The third character would straddle the edge of a 5-column limit: it is left out.
        var narrow = CellGrid(width: 5, height: 1)
        narrow.put("日本語", row: 0, col: 0)
        #expect(narrow.plainText() == "日本")
        #expect(narrow[row: 0, col: 4] == .blank)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = CellGrid(width: 6, height: 1)
        grid.put("日本語", row: 0, col: 0)
        grid.put("x", row: 0, col: 1)  // right half of 日
        #expect(grid.plainText() == " x本語")
        grid.put("y", row: 0, col: 2)  // left half of 本
        #expect(grid.plainText() == " xy 語")
        grid.put("中", row: 0, col: 3)  // over the right half of 本 and the left half of 語
        #expect(grid.plainText() == " xy中")
        #expect(grid.cells.filter(\.isContinuation).count == 1)
    }

    @Test func combiningMarksJoinThePreviousCell() {
        var grid = CellGrid(width: 4, height: 1)
        grid.put("e\u{301}te\u{301}", row: 0, col: 0)
        #expect(grid[row: 0, col: 0].text == "e\u{301}")
        #expect(grid.plainText() == "e\u{301}te\u{301}")
        grid.put("a", row: 0, col: 3)
        grid.put("\u{308}", row: 0, col: 4)  // a mark at the edge joins the last cell
        #expect(grid[row: 0, col: 3].text == "a\u{308}")
    }

    @Test func controlAndUnassignedCharactersAreReplaced() {
        var grid = CellGrid(width: 6, height: 1)
        grid.put("a\tb\u{7}c\u{E0080}", row: 0, col: 0)
        #expect(grid.plainText() == "a b c?")
    }

    @Test func fillAndRecolorCoverTheClippedRectangle() {
        var grid = CellGrid(width: 4, height: 3)
        grid.put("abcd", row: 1, col: 0)
        grid.fill(row: 0, col: 2, width: 5, height: 1, role: .header, character: "=")
        grid.recolor(row: 1, col: 1, width: 2, role: .selected)
        #expect(grid.plainText() == "  ==\nabcd\n")
        #expect(grid.roleMap() == "..hh\n.ss.\n....")
        grid.clear()
        #expect(grid.plainText() == "\n\n")
        #expect(grid.cursor == nil)
    }

    @Test func boxUsesTheGridGlyphsAndShowsATitle() {
        var grid = CellGrid(width: 12, height: 3, glyphs: .unicode)
        grid.box(row: 0, col: 0, width: 12, height: 3, title: "Alertes")
        #expect(grid.plainText() == "┌ Alertes ─┐\n│          │\n└──────────┘")
        #expect(grid.roleMap() == "btttttttttbb\nb..........b\nbbbbbbbbbbbb")
        var ascii = CellGrid(width: 4, height: 3, glyphs: .ascii)
        ascii.box(row: 0, col: 0, width: 4, height: 3)
        #expect(ascii.plainText() == "+--+\n|  |\n+--+")
        var line = CellGrid(width: 4, height: 1, glyphs: .ascii)
        line.box(row: 0, col: 0, width: 4, height: 1)
        #expect(line.plainText() == "----")
    }

    @Test func cursorIsPartOfEquality() {
        var a = CellGrid(width: 2, height: 2)
        let b = a
        a.cursor = (row: 1, col: 0)
        #expect(a != b)
        #expect(a.cursor?.row == 1)
    }

    @Test func roleLettersAreUniqueAndRoundTrip() {
        let letters = Role.allCases.map(\.letter)
        #expect(Set(letters).count == letters.count)
        for role in Role.allCases {
            #expect(Role(letter: role.letter) == role)
        }
    }
}
