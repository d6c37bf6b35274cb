import JREConsole
import JRECore
import JRETerminal
import JREText

/// Draws the kiosk: a pure function from its state to a cell grid.
///
/// The welcome screen is the kiosk's own; the other phases show the console (the attract
/// loop's demo or the visitor's) with a caption band under it — or over its bottom rows
/// when the screen is too short for both.
public enum KioskRenderer {
    public static func render(_ state: KioskState, width: Int, height: Int, glyphs: Glyphs) -> CellGrid {
        var grid = CellGrid(width: max(0, width), height: max(0, height), glyphs: glyphs)
        if grid.width < AppState.minimumWidth || grid.height < AppState.minimumHeight {
            let text = Strings.consoleTooSmall.format(state.lang, String(AppState.minimumWidth), String(AppState.minimumHeight),
                                                      String(grid.width), String(grid.height))
            for (index, line) in TextLayout.wrap(text, width: max(1, grid.width)).enumerated() where index < grid.height {
                grid.put(line, row: index, col: 0, role: .error, maxWidth: grid.width)
            }
            return grid
        }
        switch state.phase {
        case .welcome:
            WelcomeView.draw(state, into: &grid)
        case .attract:
            let caption = state.attract.caption
            let band = CaptionBand(
                title: Strings.kioskTitle(state.attract.lang),
                lines: caption.map { [$0(.fr), $0(.en)] } ?? [],
                hint: Strings.kioskPressAnyKey(.fr) + "  ·  " + Strings.kioskPressAnyKey(.en), hintRole: .new)
            let footer = drawConsole(state.attract.demo, band: band, cursor: false, into: &grid)
            DisclaimerFooter.draw(lang: state.attract.lang, row: footer, into: &grid)
        case .guided:
            guard let run = state.guided else { return grid }
            let footer = drawConsole(state.visitor, band: GuidedCaption.band(run, state: state), cursor: run.stage == .decide, into: &grid)
            if state.visitor.status == nil { DisclaimerFooter.draw(lang: state.lang, row: footer, into: &grid) }
            if run.stage >= .reveal {
                RevealPanel.draw(run, state: state, into: &grid)
            }
        case .freePlay:
            let band = state.idleCountdown.map { CaptionBand(title: Strings.kioskFreePlay(state.lang), lines: [], hint: countdownText(state, $0), hintRole: .alert) }
            let footer = drawConsole(state.visitor, band: band, cursor: true, into: &grid)
            KioskFooter.draw(state, row: footer, into: &grid)
        }
        return grid
    }

    /// The idle warning with the seconds left.
    static func countdownText(_ state: KioskState, _ remaining: Duration) -> String {
        let seconds = Int((Double(remaining.components.seconds) + Double(remaining.components.attoseconds) / 1e18).rounded(.up))
        return Strings.kioskIdleWarning.format(state.lang, String(max(0, seconds)))
    }

    /// The console rendered above the band (or under it, when the screen is short); returns
    /// the row of the console's footer when it shows.
    @discardableResult
    static func drawConsole(_ console: AppState, band: CaptionBand?, cursor: Bool, into grid: inout CellGrid) -> Int? {
        var bandHeight = band?.height(width: grid.width, maximum: grid.height / 2) ?? 0
        // On a short screen the band gives up its blank rows before it covers the console.
        if let band, grid.height - bandHeight < AppState.minimumHeight, grid.height - AppState.minimumHeight >= band.compactHeight(width: grid.width) {
            bandHeight = grid.height - AppState.minimumHeight
        }
        let roomAbove = grid.height - bandHeight
        let consoleHeight = roomAbove >= AppState.minimumHeight ? roomAbove : grid.height
        var sized = console
        sized.width = grid.width
        sized.height = consoleHeight
        let drawn = ScreenRenderer.render(sized, glyphs: grid.glyphs)
        paste(drawn, into: &grid, top: 0)
        if cursor, let position = drawn.cursor, position.row < grid.height - bandHeight { grid.cursor = position }
        band?.draw(top: grid.height - bandHeight, into: &grid)
        return consoleHeight - 1 < grid.height - bandHeight ? consoleHeight - 1 : nil
    }

    /// Copies `source` cell by cell into `grid` from row `top` (wide characters kept whole).
    static func paste(_ source: CellGrid, into grid: inout CellGrid, top: Int) {
        for row in 0..<min(source.height, grid.height - top) {
            for (col, cell) in source.row(row).enumerated() where !cell.isContinuation {
                grid.put(cell.text, row: top + row, col: col, role: cell.role)
            }
        }
    }
}
