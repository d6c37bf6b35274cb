import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// Moving the selection on the alert board: claimants grouped under each alert, then the rest.
///
/// On day 1 of « Le portefeuille du lundi », sorted by name, the board reads:
/// Dynamique de recherche faible (3): Fatima, Gérard, Mamadou · Situations à examiner (0) ·
/// Parcours à analyser (5): Christiane, Fatima, Gérard, Patrick, Thomas · Reste (12): Aminata …
/// Yannick. Fatima and Gérard are listed under two alerts.
@Suite struct BoardNavigationTests {
    /// The board rows of day 1 in order, claimants only (20 rows for 18 people).
    static let dayOneOrder = [
        "Fatima Zahra El Idrissi", "Gérard Lemoine", "Mamadou Diallo",
        "Christiane Dubois", "Fatima Zahra El Idrissi", "Gérard Lemoine", "Patrick Roux", "Thomas Girard",
        "Aminata Touré", "Claire Vasseur", "Élodie Marchand", "Hugo Bernard", "Inès Benali", "Julien Moreau",
        "Kevin Nguyen", "Lucas Petit", "Nadia Ferreira", "Rose-Marie Kouassi", "Sophie Lambert", "Yannick Le Goff",
    ]

    @Test func theBoardShowsEachAlertWithItsCountThenTheRest() throws {
        let state = try Console.onBoard(day: 1, width: 80, height: 40)
        let lines = state.lines()
        let headings = lines.filter { $0.contains("(") && !$0.hasPrefix("  ") && !$0.contains("Jour") && !$0.contains("Règles") }
        #expect(headings == [
            "■ Dynamique de recherche faible (3)",
            "Situations à examiner (0)",
            "■ Parcours à analyser (5)",
            "Reste du portefeuille (12)",
        ])
        let names = lines.filter { $0.hasPrefix("  ") }.compactMap { line in Self.dayOneOrder.first { line.dropFirst(2).hasPrefix($0) } }
        #expect(names == Self.dayOneOrder)
    }

    @Test func jAndDownWalkDownTheClaimantRowsSkippingHeadings() throws {
        var state = try Console.onBoard(day: 1)
        var seen: [String] = [state.selectedName ?? ""]
        for index in 1..<Self.dayOneOrder.count {
            state.press(index.isMultiple(of: 2) ? .char("j") : .down)
            seen.append(state.selectedName ?? "")
            #expect(state.cursorLine?.hasPrefix("  " + Self.dayOneOrder[index]) == true, "row \(index): \(state.cursorLine ?? "no cursor")")
        }
        #expect(seen == Self.dayOneOrder)
        state.press(.char("j"))
        #expect(state.selectedName == "Yannick Le Goff", "the last row stays selected")
    }

    @Test func kAndUpWalkBackUp() throws {
        var state = try Console.onBoard(day: 1)
        state.press(.end)
        for index in stride(from: Self.dayOneOrder.count - 2, through: 0, by: -1) {
            state.press(index.isMultiple(of: 2) ? .char("k") : .up)
            #expect(state.selectedName == Self.dayOneOrder[index])
            #expect(state.cursorLine?.hasPrefix("  " + Self.dayOneOrder[index]) == true)
        }
        state.press(.up)
        #expect(state.selectedName == "Fatima Zahra El Idrissi", "the first row stays selected")
        #expect(state.lines()[3] == "■ Dynamique de recherche faible (3)", "the first heading shows again at the top")
    }

    @Test func aClaimantListedUnderTwoAlertsIsSelectedOnTheRowMovedTo() throws {
        var state = try Console.onBoard(day: 1)
        state.press(.char("j"))
        let firstRow = state.grid().cursor?.row
        #expect(state.selectedName == "Gérard Lemoine")
        state.press(.char("j"), .char("j"), .char("j"), .char("j"))
        #expect(state.selectedName == "Gérard Lemoine")
        let secondRow = state.grid().cursor?.row
        #expect(firstRow != secondRow)
        // Only one row is highlighted.
        let grid = state.grid()
        let highlighted = (0..<grid.height).filter { grid[row: $0, col: 2].role == .selected }
        #expect(highlighted == [secondRow].compactMap { $0 })
        state.press(.char("j"))
        #expect(state.selectedName == "Patrick Roux")
    }

    @Test func homeEndAndPagesJumpAndKeepTheSelectionInView() throws {
        var state = try Console.onBoard(day: 1, width: 80, height: 24)
        state.press(.end)
        #expect(state.selectedName == "Yannick Le Goff")
        #expect(state.cursorLine?.hasPrefix("  Yannick Le Goff") == true)
        #expect(!state.text().contains("Dynamique de recherche faible (3)"), "the list scrolled to its end")
        state.press(.home)
        #expect(state.selectedName == "Fatima Zahra El Idrissi")
        #expect(state.lines()[3] == "■ Dynamique de recherche faible (3)")
        // A page is the list's height (24 - 6 = 18 claimant rows).
        state.press(.pageDown)
        #expect(state.selectedName == Self.dayOneOrder[18])
        #expect(state.cursorLine?.hasPrefix("  " + Self.dayOneOrder[18]) == true)
        state.press(.pageDown)
        #expect(state.selectedName == "Yannick Le Goff", "a page down stops at the last row")
        state.press(.pageUp)
        #expect(state.selectedName == Self.dayOneOrder[1])
        state.press(.pageUp)
        #expect(state.selectedName == "Fatima Zahra El Idrissi")
    }

    @Test func theSelectedRowIsHighlightedAndCarriesTheCursor() throws {
        var state = try Console.onBoard(day: 1)
        state.press(.char("j"), .char("j"))
        let grid = state.grid()
        let cursor = try #require(grid.cursor)
        #expect(state.cursorLine?.hasPrefix("  Mamadou Diallo") == true)
        #expect(grid[row: cursor.row, col: 2].role == .selected)
        #expect(grid[row: cursor.row, col: grid.width - 1].role == .selected, "the highlight spans the row")
        #expect(grid[row: cursor.row + 1, col: 2].role != .selected)
    }

    @Test func theSelectionStaysOnTheSamePersonWhenTheClockMoves() throws {
        var state = try Console.onBoard(day: 7)
        state.selectOnBoard("Rose-Marie Kouassi")
        #expect(state.cursorLine?.hasPrefix("  Rose-Marie Kouassi") == true)
        state.press(.char("n"))
        // On day 8 she moves under « Parcours à analyser »; the cursor follows her.
        #expect(state.selectedName == "Rose-Marie Kouassi")
        let lines = state.lines()
        let cursorRow = try #require(state.grid().cursor?.row)
        #expect(lines[cursorRow].contains("Rose-Marie Kouassi"))
        let heading = lines[..<cursorRow].last { !$0.hasPrefix("  ") && !$0.hasPrefix("★") }
        #expect(heading?.hasPrefix("■ Parcours à analyser") == true)
    }

    @Test func theMouseWheelMovesTheSelection() throws {
        var state = try Console.onBoard(day: 1)
        state.handle(.mouse(row: 10, col: 10, .wheelDown))
        #expect(state.selectedName == "Gérard Lemoine")
        state.handle(.mouse(row: 10, col: 10, .wheelUp))
        #expect(state.selectedName == "Fatima Zahra El Idrissi")
    }

    @Test func aClickOnABoardRowSelectsThatClaimant() throws {
        var state = try Console.onBoard(day: 1)
        let row = try #require(state.lines().firstIndex { $0.hasPrefix("  Mamadou Diallo") })
        state.handle(.mouse(row: row, col: 20, .click))
        #expect(state.selectedName == "Mamadou Diallo")
        #expect(state.grid().cursor?.row == row)
        // A click on a heading or outside the list changes nothing.
        state.handle(.mouse(row: 3, col: 5, .click))
        state.handle(.mouse(row: 0, col: 5, .click))
        state.handle(.mouse(row: 23, col: 5, .click))
        #expect(state.selectedName == "Mamadou Diallo")
        #expect(state.screen == .board)
    }

    @Test func aClickOnTheSecondRowOfAClaimantListedTwiceSelectsTheClickedRow() throws {
        var state = try Console.onBoard(day: 1)
        let rows = state.lines().indices.filter { state.lines()[$0].hasPrefix("  Gérard Lemoine") }
        try #require(rows.count == 2)
        state.handle(.mouse(row: rows[1], col: 20, .click))
        #expect(state.selectedName == "Gérard Lemoine")
        #expect(state.grid().cursor?.row == rows[1], "the highlight should be on the row that was clicked")
    }

    @Test func aClickInTheWideLayoutSelectsInTheListAndShowsThatFile() throws {
        var state = try Console.onBoard(day: 1, width: 120, height: 40)
        let row = try #require(state.lines().firstIndex { $0.hasPrefix("  Thomas Girard") })
        state.handle(.mouse(row: row, col: 10, .click))
        #expect(state.selectedName == "Thomas Girard")
        #expect(state.text().contains("Thomas Girard  (thomas)"), "the file beside the board follows the selection")
    }
}
