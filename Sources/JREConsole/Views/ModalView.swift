import JRECore
import JREText
import JRETerminal

/// Draws what is open over the screen (``AppState/modal``): the one place that decides how each shows.
///
/// Prompts typed on the bottom line (search, day) are drawn by the footer from ``AppState/footerPrompt``;
/// the lab draws the value being typed in its own row.
enum ModalView {
    static func draw(_ modal: Modal, state: AppState, into grid: inout CellGrid) {
        switch modal {
        case .help:
            HelpView.draw(state, into: &grid)
        case .decision(let dialog):
            if let workshop = state.workshop { DecisionDialogView.draw(dialog, workshop: workshop, lang: state.lang, into: &grid) }
        case .confirmQuit(let dialog):
            if let workshop = state.workshop { DecisionDialogView.draw(dialog, workshop: workshop, lang: state.lang, into: &grid) }
            PromptModal.draw(title: Strings.keyQuit(state.lang), body: Strings.confirmQuit(state.lang), into: &grid)
        case .checkpoint(let checkpoint):
            CheckpointModal.draw(checkpoint, lang: state.lang, into: &grid)
        case .filesChanged:
            PromptModal.draw(title: Strings.filesChangedTitle(state.lang), body: Strings.filesChangedBody(state.lang), into: &grid)
        case .unsavedQuit:
            let body = Strings.journalUnsavedQuit.format(state.lang, count: state.journal.pending.count, state.journal.failure ?? "")
            PromptModal.draw(title: Strings.keyQuit(state.lang), body: body, into: &grid)
        case .search, .dayEntry, .labEntry:
            break
        }
    }
}

extension AppState {
    /// The prompt the footer shows while text is typed there (the day to jump to, the name searched), if any.
    public var footerPrompt: String? {
        guard let workshop else { return nil }
        switch modal {
        case .dayEntry(let entry)?: return Strings.consoleJumpPrompt.format(lang, String(workshop.scenario.days)) + " " + entry
        case .search?: return Strings.consoleSearchPrompt(lang) + " " + workshop.search
        default: return nil
        }
    }
}

/// The checkpoint prompt, shown to the room until dismissed.
enum CheckpointModal {
    static func draw(_ checkpoint: Checkpoint, lang: Lang, into grid: inout CellGrid) {
        let width = min(grid.width - 4, 72)
        let lines = TextLayout.wrap(checkpoint.prompt.resolve(lang), width: width - 4)
        let height = min(grid.height - 2, lines.count + 5)
        let top = max(0, (grid.height - height) / 2), left = max(0, (grid.width - width) / 2)
        grid.fill(row: top, col: left, width: width, height: height, role: .modal)
        grid.box(row: top, col: left, width: width, height: height, role: .border)
        _ = grid.put(" " + Strings.consoleCheckpointTitle.format(lang, String(checkpoint.day)) + " ", row: top, col: left + 2, role: .title)
        for (index, line) in lines.enumerated() where top + 2 + index < top + height - 2 {
            _ = grid.put(line, row: top + 2 + index, col: left + 2, role: .modal, maxWidth: width - 4)
        }
        _ = grid.put(Strings.consoleCheckpointDismiss(lang), row: top + height - 2, col: left + 2, role: .dim, maxWidth: width - 4)
        grid.cursor = (top + height - 2, left + 2)
    }
}

/// Small modals: the files-changed question and the quit confirmation.
enum PromptModal {
    static func draw(title: String, body: String, into grid: inout CellGrid) {
        let width = min(grid.width - 2, 72)
        let lines = TextLayout.wrap(body, width: width - 4)
        let height = min(grid.height - 2, lines.count + 4)
        let top = max(0, (grid.height - height) / 2), left = max(0, (grid.width - width) / 2)
        grid.fill(row: top, col: left, width: width, height: height, role: .modal)
        grid.box(row: top, col: left, width: width, height: height, role: .border)
        _ = grid.put(" " + title + " ", row: top, col: left + 2, role: .title, maxWidth: width - 4)
        for (index, line) in lines.enumerated() where top + 2 + index < top + height - 1 {
            _ = grid.put(line, row: top + 2 + index, col: left + 2, role: .modal, maxWidth: width - 4)
        }
        grid.cursor = (top + 2, left + 2)
    }
}
