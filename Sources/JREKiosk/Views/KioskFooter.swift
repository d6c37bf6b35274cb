import JREConsole
import JRECore
import JRETerminal
import JREText

/// Free play's bottom line: the console's keys that matter (never « quit »), `?` and the
/// population's `m` always among them, fitted like the console's footer (the step's keys first,
/// labels shortened before keys are dropped), unless the console is showing a message or a prompt there.
enum KioskFooter {
    static func draw(_ state: KioskState, row: Int?, into grid: inout CellGrid) {
        guard let row else { return }
        let visitor = state.visitor
        guard visitor.status == nil, !visitor.isTooSmall else { return }
        if visitor.footerPrompt != nil { return }
        grid.fill(row: row, col: 0, width: grid.width, height: 1, role: .footer)
        let col = grid.put(" " + Strings.kioskFreePlay(state.lang) + " \(grid.glyphs.box.vertical) ", row: row, col: 0, role: .footer)
        // `?` leads (a visitor's way to every key), then `m`, then the step's keys and the others.
        let hints = visitor.footerHints(glyphs: grid.glyphs, excluding: [.quit], extra: [.openPopulation])
        let first = hints.filter { $0.action == .toggleHelp } + hints.filter { $0.action == .openPopulation }
        let fit = FooterFit.fit(first + hints.filter { $0.action != .toggleHelp && $0.action != .openPopulation }, width: grid.width - col, reserved: { _ in 0 })
        fit.draw(row: row, col: col, into: &grid)
    }
}

/// The console's footer replaced by the disclaimer where its keys do not apply (attract loop,
/// guided tour).
enum DisclaimerFooter {
    static func draw(lang: Lang, row: Int?, into grid: inout CellGrid) {
        guard let row else { return }
        grid.fill(row: row, col: 0, width: grid.width, height: 1, role: .footer)
        grid.put(" " + Strings.consoleDisclaimer(lang), row: row, col: 0, role: .footer, maxWidth: grid.width, ellipsis: true)
    }
}
