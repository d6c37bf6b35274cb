import JRECore
import JREText
import JRETerminal

/// Where the picker draws its entries (shared with mouse handling).
enum PickerLayout {
    static let firstRow = 3
    static let rowsPerEntry = 3
}

/// The scenario picker: title, summary, claimants and length of each scenario.
enum PickerView {
    static func draw(_ state: AppState, into grid: inout CellGrid) {
        let lang = state.lang
        grid.fill(row: 0, col: 0, width: grid.width, height: 1, role: .header)
        _ = grid.put(" " + Strings.consoleAppTitle(lang), row: 0, col: 0, role: .header, maxWidth: grid.width)
        _ = grid.put(Strings.consoleDisclaimer(lang), row: 1, col: 1, role: .illustrative, maxWidth: grid.width - 2, ellipsis: true)
        let visible = max(1, (grid.height - PickerLayout.firstRow - 1) / PickerLayout.rowsPerEntry)
        let first = max(0, min(state.picker.selection - visible + 1, state.picker.entries.count - visible))
        for (offset, entry) in state.picker.entries.dropFirst(first).prefix(visible).enumerated() {
            let index = first + offset
            let row = PickerLayout.firstRow + offset * PickerLayout.rowsPerEntry
            let selected = index == state.picker.selection
            let role: Role = selected ? .selected : .title
            if selected {
                grid.fill(row: row, col: 0, width: grid.width, height: 1, role: .selected)
                grid.cursor = (row, 1)
            }
            let pointer = selected ? grid.glyphs.pointer : " "
            var col = grid.put(pointer + " " + entry.title.resolve(lang), row: row, col: 1, role: role, maxWidth: grid.width - 2, ellipsis: true)
            if entry.simulation != nil {
                let facts = "  " + Strings.consolePickerFacts.format(lang, String(entry.claimantCount), String(entry.days), String((entry.days + 6) / 7))
                col = grid.put(facts, row: row, col: col, role: selected ? .selected : .dim, maxWidth: max(0, grid.width - col - 1))
                if let summary = entry.summary?.resolve(lang) {
                    _ = grid.put(summary, row: row + 1, col: 4, role: .normal, maxWidth: grid.width - 5, ellipsis: true)
                }
            } else {
                _ = grid.put(entry.problem ?? "", row: row + 1, col: 4, role: .error, maxWidth: grid.width - 5, ellipsis: true)
            }
        }
        if state.picker.entries.isEmpty {
            _ = grid.put(Strings.consoleNoScenarios(lang), row: PickerLayout.firstRow, col: 2, role: .error, maxWidth: grid.width - 3)
        }
    }
}

/// The scenario's briefing, read to the room before day 1.
enum BriefingView {
    static func draw(_ state: AppState, into grid: inout CellGrid) {
        guard let workshop = state.workshop else { return }
        let lang = state.lang
        grid.fill(row: 0, col: 0, width: grid.width, height: 1, role: .header)
        _ = grid.put(" " + workshop.scenario.title.resolve(lang) + " — " + Strings.consoleBriefingTitle(lang), row: 0, col: 0, role: .header, maxWidth: grid.width)
        let width = min(grid.width - 4, 90)
        let left = max(2, (grid.width - width) / 2)
        var lines = TextLayout.wrap(workshop.scenario.briefing?.resolve(lang) ?? "", width: width)
        lines.append("")
        lines.append(Strings.consoleBriefingFacts.format(lang, String(workshop.scenario.claimants.count), String(workshop.scenario.days),
                                                         DateText.long(workshop.scenario.start, lang: lang), workshop.ruleset.title.resolve(lang)))
        lines.append("")
        lines += TextLayout.wrap(Strings.consoleDisclaimer(lang), width: width)
        for (index, line) in lines.enumerated() where 2 + index < grid.height - 2 {
            _ = grid.put(line, row: 2 + index, col: left, role: index >= lines.count - 1 ? .illustrative : .normal, maxWidth: width)
        }
        _ = grid.put(Strings.consoleBriefingStart(lang), row: grid.height - 3, col: left, role: .accent, maxWidth: width)
    }
}
