import JREConsole
import JRECore
import JRETerminal
import JREText

/// The welcome screen: the disclaimer in both languages, the language choice, and the choice
/// between the guided tour and free play.
enum WelcomeView {
    static func draw(_ state: KioskState, into grid: inout CellGrid) {
        let lang = state.lang
        let glyphs = grid.glyphs
        grid.fill(row: 0, col: 0, width: grid.width, height: 1, role: .header)
        grid.put(" " + Strings.kioskTitle(lang), row: 0, col: 0, role: .header, maxWidth: grid.width, ellipsis: true)
        let width = min(grid.width - 6, 86)
        let left = max(2, (grid.width - width) / 2)

        var lines: [(text: String, role: Role, col: Int)] = []
        for line in TextLayout.wrap(Strings.kioskWelcomeIntro(lang), width: width) { lines.append((line, .title, left)) }
        lines.append(("", .normal, left))
        let disclaimer = TextLayout.wrap(Strings.consoleDisclaimer(.fr), width: width - 4) + TextLayout.wrap(Strings.consoleDisclaimer(.en), width: width - 4)
        let boxTop = lines.count
        lines.append(("", .normal, left))
        for line in disclaimer { lines.append((line, .illustrative, left + 2)) }
        lines.append(("", .normal, left))
        lines.append(("", .normal, left))

        let languageRow = lines.count
        lines.append(("", .normal, left))
        lines.append(("", .normal, left))
        let modesRow = lines.count
        let modes: [(KioskState.Mode, Phrase)] = state.catalog.guided == nil
            ? [(.free, Strings.kioskModeFree)] : [(.guided, Strings.kioskModeGuided), (.free, Strings.kioskModeFree)]
        var modeLines: [(KioskState.Mode, [String])] = []
        for (mode, phrase) in modes {
            let wrapped = TextLayout.wrap(phrase(lang), width: width - 4)
            modeLines.append((mode, wrapped))
            for _ in wrapped { lines.append(("", .normal, left)) }
            lines.append(("", .normal, left))
        }
        let keysRow = lines.count
        lines.append((Strings.kioskWelcomeKeys(lang), .dim, left))

        let top = max(2, (grid.height - lines.count - 2) / 2)
        for (index, line) in lines.enumerated() where !line.text.isEmpty {
            grid.put(line.text, row: top + index, col: line.col, role: line.role, maxWidth: width, ellipsis: true)
        }
        grid.box(row: top + boxTop, col: left - 1, width: width + 2, height: disclaimer.count + 2, role: .border)

        // The language choice: both names, the chosen one highlighted.
        var col = grid.put(Strings.kioskLanguageLabel(lang) + "   ", row: top + languageRow, col: left, role: .normal)
        for (choice, phrase) in [(Lang.fr, Strings.kioskLanguageFrench), (Lang.en, Strings.kioskLanguageEnglish)] {
            let chosen = choice == lang
            col = grid.put(chosen ? "[ " + phrase(lang) + " ]" : "  " + phrase(lang) + "  ", row: top + languageRow, col: col, role: chosen ? .selected : .normal)
            col += 2
        }

        var row = top + modesRow
        for (mode, wrapped) in modeLines {
            let chosen = mode == state.welcomeMode
            for (index, line) in wrapped.enumerated() {
                if chosen { grid.fill(row: row, col: left, width: width, height: 1, role: .selected) }
                let prefix = index == 0 ? (chosen ? glyphs.pointer : " ") + " " : "  "
                grid.put(prefix + line, row: row, col: left, role: chosen ? .selected : .normal, maxWidth: width)
                if chosen, index == 0 { grid.cursor = (row, left) }
                row += 1
            }
            row += 1
        }
        if let remaining = state.idleCountdown {
            grid.put(KioskRenderer.countdownText(state, remaining), row: top + keysRow + 2, col: left, role: .alert, maxWidth: width, ellipsis: true)
        }
    }
}
