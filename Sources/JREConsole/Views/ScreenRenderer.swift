import JRECore
import JREText
import JRETerminal

/// Draws the whole console for a state: a pure function from state to a cell grid.
public enum ScreenRenderer {
    public static func render(_ state: AppState, glyphs: Glyphs) -> CellGrid {
        var grid = CellGrid(width: max(0, state.width), height: max(0, state.height), glyphs: glyphs)
        if state.isTooSmall {
            TooSmallView.draw(state, into: &grid)
            if glyphs.isASCII { ASCIIDrawing.apply(to: &grid) }
            return grid
        }
        drawScreen(state, into: &grid)
        // A read-only session says so on its top line, on every screen.
        if state.journal.readOnly, state.workshop != nil, grid.height > 0 {
            let tag = " " + Strings.journalReadOnlyTag(state.lang) + " "
            _ = grid.put(tag, row: 0, col: max(0, grid.width - DisplayWidth.of(tag)), role: .watch, maxWidth: grid.width)
        }
        FooterView.draw(state, into: &grid)
        if let modal = state.modal { ModalView.draw(modal, state: state, into: &grid) }
        if glyphs.isASCII { ASCIIDrawing.apply(to: &grid) }
        return grid
    }

    /// The role of a severity: its colour, backed by a glyph and a word wherever it is shown.
    static func role(_ severity: Severity) -> Role {
        switch severity {
        case .ok: return .ok
        case .watch: return .watch
        case .alert: return .alert
        }
    }

    static func mark(_ severity: Severity, _ glyphs: Glyphs) -> String {
        glyphs.mark(for: role(severity)) ?? "?"
    }

    static func word(_ severity: Severity, _ lang: Lang) -> String {
        switch severity {
        case .ok: return Strings.severityOk(lang)
        case .watch: return Strings.severityWatch(lang)
        case .alert: return Strings.severityAlert(lang)
        }
    }
}

/// "Terminal too small — need 60×20, have W×H", still quitting with q.
enum TooSmallView {
    static func draw(_ state: AppState, into grid: inout CellGrid) {
        let text = Strings.consoleTooSmall.format(state.lang, String(AppState.minimumWidth), String(AppState.minimumHeight), String(state.width), String(state.height))
        let lines = TextLayout.wrap(text, width: max(1, grid.width))
        for (index, line) in lines.enumerated() where index < grid.height {
            _ = grid.put(line, row: index, col: 0, role: .error, maxWidth: grid.width)
        }
        if lines.count < grid.height {
            _ = grid.put(Strings.consoleTooSmallQuit(state.lang), row: lines.count, col: 0, role: .dim, maxWidth: grid.width)
        }
    }
}

/// The bottom line: key hints from the keymap, or the prompt being typed, or a status message.
enum FooterView {
    static func draw(_ state: AppState, into grid: inout CellGrid) {
        let row = grid.height - 1
        guard row >= 0 else { return }
        grid.fill(row: row, col: 0, width: grid.width, height: 1, role: .footer)
        if let prompt = state.footerPrompt {
            let end = grid.put(prompt, row: row, col: 1, role: .input, maxWidth: grid.width - 2)
            grid.cursor = (row, min(grid.width - 1, end))
            return
        }
        if let replay = state.replay {
            let text = Strings.replayStatus.format(state.lang, String(replay.position), String(replay.entries.count))
                + (replay.paused ? " " + Strings.replayPaused(state.lang) : "") + (state.status.map { " · " + $0 } ?? "")
            _ = grid.put(text, row: row, col: 1, role: .accent, maxWidth: grid.width - 2, ellipsis: true)
            return
        }
        if let status = state.status {
            _ = grid.put(status, row: row, col: 1, role: .error, maxWidth: grid.width - 2, ellipsis: true)
            return
        }
        // Help and quit always show, at the right; the step's keys then the others fill the rest
        // from the left, shortened before any is dropped (``FooterFit``).
        let always = Keymap.bindings(for: state.keyContext)
            .filter { ($0.action == .toggleHelp || $0.action == .quit) && state.offers($0) }
            .map { Keymap.hint($0, lang: state.lang, glyphs: grid.glyphs) }
        // Unsaved entries and a read-only session stay in view (in place of the other hints).
        let notice = state.journal.notice(state.lang)
        let hints = notice == nil ? state.footerHints(glyphs: grid.glyphs) : []
        func rightWidth(_ gap: Int) -> Int { always.reduce(0) { $0 + $1.width(short: false, gap: gap) } }
        // Narrow gaps still leave two spaces before `?`, so « pourquoi ? » never runs into « ? aide ».
        let fit = FooterFit.fit(hints, width: grid.width - 1, reserved: { rightWidth($0) + ($0 < 2 ? 1 : 0) })
        // The right part keeps its full labels; only its gaps narrow with the rest.
        var right = max(1, grid.width - rightWidth(fit.gap))
        for hint in always {
            right = grid.put(hint.keys, row: row, col: right, role: .key)
            right = grid.put(" " + hint.label + String(repeating: " ", count: fit.gap), row: row, col: right, role: .footer)
        }
        if let notice {
            _ = grid.put(notice, row: row, col: 1, role: state.journal.readOnly ? .watch : .error,
                         maxWidth: max(0, grid.width - rightWidth(2) - 2), ellipsis: true)
            return
        }
        fit.draw(row: row, col: 1, into: &grid)
    }
}

/// The `?` overlay: every binding of the current screen, from the keymap.
///
/// One line per key with its help text when they fit; otherwise two columns (three on a short
/// screen) with each binding's first key, so every key is always listed.
enum HelpView {
    static func draw(_ state: AppState, into grid: inout CellGrid) {
        let bindings = Keymap.bindings(for: state.keyContext).filter(state.offers)
        let width = min(grid.width - 2, 120)
        // Rows for keys: the box, its title and closing lines take five.
        let rows = max(1, grid.height - 5)
        let compact = bindings.count > rows
        // Compact: each binding's first key only, so the help text keeps its room.
        func keys(_ binding: KeyBinding) -> String {
            compact ? (binding.keys.first.map { $0.label(state.lang, glyphs: grid.glyphs) } ?? "") : binding.keyLabel(state.lang, glyphs: grid.glyphs)
        }
        let keyWidth = bindings.map { DisplayWidth.of(keys($0)) }.max() ?? 8
        let columns = compact ? max(2, (bindings.count + rows - 1) / rows) : 1
        let perColumn = (bindings.count + columns - 1) / columns
        let height = min(grid.height - 2, perColumn + 4)
        let top = max(0, (grid.height - height) / 2), left = max(0, (grid.width - width) / 2)
        grid.fill(row: top, col: left, width: width, height: height, role: .modal)
        grid.box(row: top, col: left, width: width, height: height, role: .border)
        _ = grid.put(" " + Strings.consoleHelpTitle(state.lang) + " ", row: top, col: left + 2, role: .title)
        let columnWidth = (width - 4) / columns
        for (index, binding) in bindings.enumerated() {
            let column = index / perColumn
            let line = index % perColumn
            guard top + 1 + line < top + height - 2 else { continue }
            let x = left + 2 + column * columnWidth
            let col = grid.put(TextLayout.pad(keys(binding), keyWidth), row: top + 1 + line, col: x, role: .key, maxWidth: keyWidth)
            let text = binding.help(state.lang)
            _ = grid.put(text, row: top + 1 + line, col: col + 1, role: .modal, maxWidth: max(0, x + columnWidth - col - 2), ellipsis: true)
        }
        _ = grid.put(Strings.consoleHelpClose(state.lang), row: top + height - 2, col: left + 2, role: .dim, maxWidth: width - 4)
        grid.cursor = (top + height - 2, left + 2)
    }
}
