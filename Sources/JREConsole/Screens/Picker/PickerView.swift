import JRECore
import JREText
import JRETerminal

/// Where the picker draws its entries (shared with mouse handling).
enum PickerLayout {
    static let firstRow = 3
    static let rowsPerEntry = 3

    /// How many entries fit, and the first one shown (the selection kept in view).
    static func visibleCount(height: Int) -> Int { max(1, (height - firstRow - 1) / rowsPerEntry) }

    static func firstVisible(_ picker: PickerState, height: Int) -> Int {
        let visible = visibleCount(height: height)
        return max(0, min(picker.selection - visible + 1, picker.entries.count - visible))
    }
}

/// The scenario picker: title, summary, claimants and length of each scenario.
enum PickerView {
    static func draw(_ state: AppState, into grid: inout CellGrid) {
        let lang = state.lang
        grid.fill(row: 0, col: 0, width: grid.width, height: 1, role: .header)
        _ = grid.put(" " + Strings.consoleAppTitle(lang), row: 0, col: 0, role: .header, maxWidth: grid.width)
        _ = grid.put(Strings.consoleDisclaimer(lang), row: 1, col: 1, role: .illustrative, maxWidth: grid.width - 2, ellipsis: true)
        let visible = PickerLayout.visibleCount(height: grid.height)
        let first = PickerLayout.firstVisible(state.picker, height: grid.height)
        // Say when scenarios are above or below the ones shown.
        if first > 0 { _ = grid.put(grid.glyphs.arrows.up, row: PickerLayout.firstRow - 1, col: grid.width - 2, role: .dim) }
        if first + visible < state.picker.entries.count { _ = grid.put(grid.glyphs.arrows.down, row: grid.height - 2, col: grid.width - 2, role: .dim) }
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
