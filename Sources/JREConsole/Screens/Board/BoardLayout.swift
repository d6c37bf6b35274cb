import JREText
import JRETerminal

/// Where the board's parts sit for a terminal size: list, file pane, and the list's scroll.
struct BoardLayout {
    let width: Int
    let height: Int
    /// The first row of the list (below the header and the column titles).
    let listTop = 3
    let listHeight: Int
    /// The list's width; the file pane (if beside) starts after it.
    let listWidth: Int
    /// The score columns' legend, under the list (one line or two).
    let legend: [String]
    let paneLeft: Int?
    let firstVisibleRow: Int

    init(width: Int, height: Int, workshop: WorkshopState, lang: Lang) {
        self.width = width
        self.height = height
        let wide = width >= AppState.wideWidth
        if wide {
            listWidth = min(84, width / 2)
            paneLeft = listWidth + 1
        } else {
            listWidth = width
            paneLeft = nil
        }
        legend = BoardView.scoreLegend(workshop, lang: lang, width: listWidth - 2, maxLines: height >= 30 ? 3 : 2)
        listHeight = max(1, height - 5 - legend.count)
        let rows = workshop.boardRows()
        let selected = workshop.selectedRow(in: rows) ?? 0
        // Keep the selection in view, with its group heading when possible.
        var first = max(0, selected - listHeight + 2)
        if selected < first + 1 { first = max(0, selected - 1) }
        firstVisibleRow = min(first, max(0, rows.count - listHeight))
    }

    /// The claimant drawn at a screen position, and its board row, for mouse clicks.
    func claimantRow(atRow row: Int, col: Int, rows: [BoardRow]) -> (Int, Int)? {
        guard row >= listTop, row < listTop + listHeight, col < listWidth else { return nil }
        let index = firstVisibleRow + row - listTop
        guard index < rows.count, let claimant = rows[index].claimant else { return nil }
        return (claimant, index)
    }
}
