import JREConsole
import JRECore
import JRETerminal
import JREText

/// Free play's bottom line: the console's few keys that matter (never « quit »), unless the
/// console is showing a message or a prompt there.
enum KioskFooter {
    static func draw(_ state: KioskState, row: Int?, into grid: inout CellGrid) {
        guard let row else { return }
        let visitor = state.visitor
        guard visitor.status == nil, !visitor.isTooSmall else { return }
        if visitor.footerPrompt != nil { return }
        grid.fill(row: row, col: 0, width: grid.width, height: 1, role: .footer)
        var col = grid.put(" " + Strings.kioskFreePlay(state.lang) + " \(grid.glyphs.box.vertical) ", row: row, col: 0, role: .footer)
        for binding in Keymap.bindings(for: visitor.keyContext) where binding.inFooter && binding.action != .quit {
            let keys = binding.keys.first.map { $0.label(state.lang, glyphs: grid.glyphs) } ?? ""
            let label = binding.label(state.lang)
            let width = DisplayWidth.of(keys) + 1 + DisplayWidth.of(label) + 2
            guard col + width <= grid.width else { break }
            col = grid.put(keys, row: row, col: col, role: .key)
            col = grid.put(" " + label + "  ", row: row, col: col, role: .footer)
        }
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
