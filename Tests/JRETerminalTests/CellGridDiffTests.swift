import Testing
@testable import JRETerminal

@Suite struct CellGridDiffTests {
    @Test func identicalGridsHaveNoRuns() {
        var grid = CellGrid(width: 10, height: 3)
        grid.put("same", row: 1, col: 1)
        #expect(grid.diff(from: grid).isEmpty)
    }

    @Test func onlyChangedRunsAreListed() {
        var before = CellGrid(width: 10, height: 3)
        before.put("abcdefghij", row: 0, col: 0)
        var after = before
        after.put("XY", row: 0, col: 2)
        after.put("Z", row: 0, col: 7)
        after.put("q", row: 2, col: 9)
        let runs = after.diff(from: before)
        #expect(runs == [
            CellRun(row: 0, col: 2, cells: [Cell("X"), Cell("Y")]),
            CellRun(row: 0, col: 7, cells: [Cell("Z")]),
            CellRun(row: 2, col: 9, cells: [Cell("q")]),
        ])
    }

    @Test func aRoleChangeAloneIsAChange() {
        var before = CellGrid(width: 4, height: 1)
        before.put("ab", row: 0, col: 0)
        var after = before
        after.recolor(row: 0, col: 1, width: 1, role: .selected)
        #expect(after.diff(from: before) == [CellRun(row: 0, col: 1, cells: [Cell("b", role: .selected)])])
    }

    @Test func runsNeverSplitAWideCharacter() {
        var before = CellGrid(width: 6, height: 1)
        before.put("ab日", row: 0, col: 0)
        var after = CellGrid(width: 6, height: 1)
        after.put("ab本", row: 0, col: 0)
        #expect(after.diff(from: before) == [CellRun(row: 0, col: 2, cells: [Cell("本"), Cell("")])])
        // Replacing only the right half (now a narrow character) starts the run on the left half.
        var split = before
        split.put("x", row: 0, col: 3)
        let runs = split.diff(from: before)
        #expect(runs.first?.col == 2)
        #expect(runs.first?.cells.map(\.text) == [" ", "x"])
    }

    @Test func aSizeChangeRepaintsEveryRow() {
        let small = CellGrid(width: 3, height: 2)
        let large = CellGrid(width: 4, height: 3)
        let runs = large.diff(from: small)
        #expect(runs.count == 3)
        #expect(runs.allSatisfy { $0.col == 0 && $0.cells.count == 4 })
    }
}
