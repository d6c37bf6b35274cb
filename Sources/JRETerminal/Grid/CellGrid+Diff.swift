/// A run of consecutive cells on one row that changed between two frames.
public struct CellRun: Equatable, Sendable {
    /// The row of the run.
    public var row: Int
    /// The column of the run's first cell.
    public var col: Int
    /// The cells, continuation cells included; a run never starts or ends inside a wide
    /// character.
    public var cells: [Cell]

    public init(row: Int, col: Int, cells: [Cell]) {
        self.row = row
        self.col = col
        self.cells = cells
    }
}

extension CellGrid {
    /// The runs of cells that differ from `previous`; every row when the sizes differ.
    ///
    /// Backends paint only these runs, so an unchanged screen costs nothing.
    public func diff(from previous: CellGrid) -> [CellRun] {
        guard previous.width == width, previous.height == height else { return allRuns() }
        var runs: [CellRun] = []
        for r in 0..<height {
            let base = r * width
            var c = 0
            while c < width {
                guard cells[base + c] != previous.cells[base + c] else {
                    c += 1
                    continue
                }
                // Start on the left half of a wide character, old or new.
                var start = c
                if start > 0, cells[base + start].isContinuation || previous.cells[base + start].isContinuation {
                    start -= 1
                }
                var end = c + 1
                while end < width, cells[base + end] != previous.cells[base + end]
                    || cells[base + end].isContinuation || previous.cells[base + end].isContinuation {
                    end += 1
                }
                if let last = runs.last, last.row == r, last.col + last.cells.count >= start {
                    runs[runs.count - 1].cells.append(contentsOf: cells[(base + last.col + last.cells.count)..<(base + end)])
                } else {
                    runs.append(CellRun(row: r, col: start, cells: Array(cells[(base + start)..<(base + end)])))
                }
                c = end
            }
        }
        return runs
    }

    /// Every row as one run (for a full repaint).
    public func allRuns() -> [CellRun] {
        (0..<height).map { CellRun(row: $0, col: 0, cells: Array(row($0))) }
    }
}
