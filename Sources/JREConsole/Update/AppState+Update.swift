import JRECore
import JREText
import JRETerminal

extension AppState {
    /// Applies one event — an input, or what an effect found — and returns the effects it asks for.
    ///
    /// The console's only way of changing state; it performs no I/O.
    public mutating func update(_ event: ConsoleEvent) -> [ConsoleEffect] {
        var effects: [ConsoleEffect] = []
        switch event {
        case .input(let input):
            handle(input, effects: &effects)
            if screen == .board, var workshop {
                workshop.anchorSelection()
                self.workshop = workshop
            }
        case .sessionOpened(let opening):
            sessionOpened(opening, effects: &effects)
        case .sessionFailedToOpen(let reason):
            // Never a session without its journal: back to the picker (the launcher refuses to start).
            journal.refusal = reason
            status = reason
            workshop = nil
            modal = nil
            screen = .picker
        case .entryFailedToSave(let reason):
            status = Strings.sessionWriteFailed.format(lang, reason)
        case .journalWritten(let through, let failure):
            journalWritten(through: through, failure: failure)
        case .alternativesLoaded(let loaded, let problem):
            if var workshop {
                workshop.rulesets = [workshop.simulation] + loaded
                self.workshop = workshop
            }
            if let problem { status = problem }
        case .populationOpened(let opened, let note):
            if let note { status = note }
            showPopulation(opened, effects: &effects)
        case .populationFailedToOpen(let reason):
            status = reason
        case .populationJob(let report):
            receive(report, effects: &effects)
        case .modelTraining(let report):
            receive(report)
        }
        // A replay only shows a recorded session: it never opens or writes one.
        if replay != nil {
            effects.removeAll { effect in
                switch effect {
                case .record, .openSession, .startNewSession, .writeJournal: return true
                default: return false
                }
            }
        }
        queueRecords(&effects)
        return effects
    }

    /// `effects` with their journal entries queued (for effects built outside ``update(_:)``).
    public mutating func queued(_ effects: [ConsoleEffect]) -> [ConsoleEffect] {
        var effects = effects
        if replay != nil { effects.removeAll { if case .record = $0 { true } else { false } } }
        queueRecords(&effects)
        return effects
    }

    /// Turns the entries asked for into the waiting queue, and asks once for the queue to be written.
    ///
    /// Every write sends the whole queue, oldest first, so an entry that failed is tried again before
    /// any later one (the journal keeps the room's order) and nothing waiting is dropped.
    mutating func queueRecords(_ effects: inout [ConsoleEffect]) {
        var asked = false
        effects.removeAll { effect in
            guard case .record(let entry) = effect else { return false }
            journal.enqueue(entry)
            asked = true
            return true
        }
        guard asked else { return }
        workshop?.unsavedClaimants = journal.unsavedClaimants
        requestJournalWrite(&effects)
    }

    /// Asks for the waiting entries to be written, unless nothing waits or the session is read-only.
    mutating func requestJournalWrite(_ effects: inout [ConsoleEffect]) {
        guard !journal.pending.isEmpty, !journal.readOnly else { return }
        journal.ticksSinceRetry = 0
        effects.removeAll { if case .writeJournal = $0 { return true } else { return false } }
        effects.append(.writeJournal(journal.pending))
    }

    /// What a write found: the entries on disk leave the queue; a failure stays on screen.
    mutating func journalWritten(through: Int, failure: String?) {
        let written = journal.pending.filter { $0.sequence <= through }
        journal.pending.removeAll { $0.sequence <= through }
        let wasFailing = journal.failure != nil
        workshop?.unsavedClaimants = journal.unsavedClaimants
        if let failure {
            journal.failure = failure
            // A retry that fails again on entries already reported leaves the footer's standing line
            // (count and reason) in view; a new entry that fails is said in full.
            let newest = journal.pending.last?.sequence ?? 0
            if newest <= journal.reportedThrough { return }
            journal.reportedThrough = newest
            let decisionWaits = journal.pending.first?.entry.kind == .decisionTaken || journal.pendingDecisions > 0
            status = decisionWaits ? Strings.journalDecisionNotSaved.format(lang, failure) : Strings.journalEntryNotSaved.format(lang, failure)
            return
        }
        journal.failure = nil
        if wasFailing, !written.isEmpty {
            status = Strings.journalCaughtUp.format(lang, count: written.count)
        } else if written.last?.entry.kind == .decisionTaken {
            status = Strings.dialogSaved(lang)
        }
    }

    /// Applies one input event (a key, a click, a resize…); returns the effects it asks for.
    @discardableResult
    public mutating func handle(_ event: InputEvent) -> [ConsoleEffect] {
        update(.input(event))
    }

    mutating func handle(_ event: InputEvent, effects: inout [ConsoleEffect]) {
        switch event {
        case .resize(let width, let height):
            self.width = max(0, width)
            self.height = max(0, height)
        case .signal:
            isFinished = true
        case .inputClosed:
            break
        case .tick:
            // Entries waiting after a failed write are tried again every few seconds.
            if !journal.pending.isEmpty, journal.failure != nil {
                journal.ticksSinceRetry += 1
                if journal.ticksSinceRetry >= JournalStatus.retryTicks { requestJournalWrite(&effects) }
            }
        case .mouse(let row, let col, let action):
            guard !isTooSmall else { return }
            handleMouse(row: row, col: col, action)
        case .key(let key):
            status = nil
            // Any key tries the waiting entries again (after the key's own effects, in order).
            defer { if journal.failure != nil, !effects.contains(where: { if case .writeJournal = $0 { true } else { false } }) { requestJournalWrite(&effects) } }
            for context in inputContexts {
                if let action = Keymap.action(for: key, in: context) {
                    perform(action, effects: &effects)
                    return
                }
            }
        }
    }

    /// Where keys are looked up, first match wins: what is open over the screen, else the screen.
    var inputContexts: [KeyContext] {
        if isTooSmall { return [.tooSmall] }
        let main = modal?.keyContext ?? keyContext
        return replay != nil ? [.replay, main] : [main]
    }

    mutating func perform(_ action: ConsoleAction, effects: inout [ConsoleEffect]) {
        switch action {
        case .quitNow:
            isFinished = true
            return
        case .togglePause:
            replay?.paused.toggle()
            return
        default:
            break
        }
        if let modal {
            perform(action, in: modal, effects: &effects)
            return
        }
        switch action {
        case .toggleHelp:
            modal = .help
            return
        case .quit:
            requestQuit()
            return
        case .openPopulation:
            requestPopulation(effects: &effects)
            return
        default:
            break
        }
        performOnScreen(action, effects: &effects)
    }

    /// An action while `modal` is open: it closes, takes the text, or goes on.
    mutating func perform(_ action: ConsoleAction, in modal: Modal, effects: inout [ConsoleEffect]) {
        switch modal {
        case .help:
            self.modal = nil
            if action == .quit { requestQuit() }
        case .confirmQuit(let dialog):
            if action == .dismiss { self.modal = .decision(dialog) }
        case .unsavedQuit:
            if action == .dismiss { self.modal = nil }
        case .filesChanged:
            if action == .dismiss { self.modal = nil }
            if action == .startNewSession, let workshop {
                self.modal = nil
                if journal.holdsSession {
                    status = Strings.journalKeepsSession.format(lang, count: journal.pending.count)
                } else {
                    effects.append(.startNewSession(scenario: workshop.scenario.id))
                }
            }
        case .checkpoint:
            if action == .dismiss { self.modal = nil }
        case .decision(let dialog):
            performInDialog(action, dialog: dialog, effects: &effects)
        case .search:
            guard var workshop else { return }
            switch action {
            case .confirm: self.modal = nil
            case .back:
                self.modal = nil
                workshop.search = ""
            case .deleteBackward: if !workshop.search.isEmpty { workshop.search.removeLast() }
            case .insert(let character) where workshop.search.count < 40: workshop.search.append(character)
            default: break
            }
            self.workshop = workshop
        case .dayEntry(let entry):
            switch action {
            case .confirm:
                self.modal = nil
                if let target = Int(entry), var workshop {
                    if let reached = workshop.moveClock(to: target, effects: &effects) { self.modal = .checkpoint(reached) }
                    self.workshop = workshop
                }
            case .back: self.modal = nil
            case .deleteBackward: self.modal = .dayEntry(String(entry.dropLast()))
            case .insert(let character) where entry.count < 4: self.modal = .dayEntry(entry + String(character))
            default: break
            }
        case .labEntry(let entry):
            performInLabEntry(action, entry: entry, effects: &effects)
        }
    }

    /// Opens a scenario: its briefing first, unless a day is given (then straight to the board).
    ///
    /// Returns what opening needs: its alternative rulesets loaded, and its session opened.
    @discardableResult
    public mutating func open(_ simulation: Simulation, day: Int?, reference: String? = nil) -> [ConsoleEffect] {
        var opened = WorkshopState(simulation: simulation, day: day ?? 1, reference: reference)
        if let first = opened.boardRows().first(where: { $0.claimant != nil })?.claimant { opened.selectedClaimant = first }
        workshop = opened
        modal = nil
        if day == nil, simulation.scenario.briefing != nil {
            screen = .briefing(BriefingScreen())
        } else {
            screen = .board
        }
        let alternatives = ConsoleEffect.loadAlternatives(reference: opened.reference, rulesets: simulation.scenario.alternativeRulesets)
        // A replay only shows a recorded session: it never opens one.
        return replay == nil ? [alternatives, .openSession(scenario: simulation.scenario.id)] : [alternatives]
    }

    /// Takes what opening the session found: resumes the recorded session, asks when the files changed, records the opening.
    mutating func sessionOpened(_ opening: SessionOpening, effects: inout [ConsoleEffect]) {
        guard var workshop else { return }
        if opening.archivedPrevious {
            // A fresh session keeps the alternative rulesets already loaded (the compare screen needs them).
            let rulesets = workshop.rulesets
            workshop = WorkshopState(simulation: workshop.simulation, day: 1, reference: workshop.reference)
            workshop.rulesets = rulesets
            status = Strings.sessionNewStarted(lang)
        }
        if !opening.entries.isEmpty {
            let snapshot = SessionSnapshot(entries: opening.entries)
            // The session was seeing the scenario through another ruleset: switch back to it first.
            if let ruleset = snapshot.ruleset, ruleset != workshop.ruleset.id,
               let other = workshop.rulesets.first(where: { $0.ruleset.id == ruleset }) {
                workshop = workshop.switched(to: other)
            }
            if workshop.filesDiffer(from: snapshot) {
                modal = .filesChanged
            } else if modal == .filesChanged {
                modal = nil
            }
            workshop.resume(snapshot)
            if case .briefing = screen { screen = .board }
            status = Strings.sessionResumed.format(lang, Strings.debriefDecisions.format(lang, count: snapshot.decisions.count), String(workshop.day))
        }
        // The same one-line notice as `replay` and `debrief`, with the line numbers, before the rest.
        if let notice = JournalProblem.notice(opening.problems, file: SessionJournal.fileName, lang: lang) {
            status = ([notice] + [status].compactMap { $0 }).joined(separator: " ")
        }
        session = SessionStatus(folder: opening.folder, resumedEntries: opening.entries.count, unreadableLines: opening.unreadableLines)
        journal.readOnly = opening.readOnly != nil
        journal.readOnlyReason = opening.readOnly
        journal.refusal = nil
        workshop.session.apply(workshop.openedEntry)
        workshop.unsavedClaimants = journal.unsavedClaimants
        self.workshop = workshop
        // A read-only session records nothing, not even that it was opened.
        if !journal.readOnly { effects.append(.record(workshop.openedEntry)) }
    }

    /// Quits, or asks first when quitting would lose typed text.
    mutating func requestQuit() {
        if case .decision(let dialog)? = modal, dialog.hasUnsavedText {
            modal = .confirmQuit(dialog)
        } else if journal.holdsSession {
            // Entries that could not be written are only in memory: quitting loses them.
            modal = .unsavedQuit
        } else {
            isFinished = true
        }
    }

    /// Width from which the claimant file sits beside the board.
    public static let wideWidth = 110

    mutating func handleMouse(row: Int, col: Int, _ action: MouseAction) {
        // Nothing behind an overlay or a prompt takes clicks.
        if modal != nil { return }
        guard screen == .board, var workshop else {
            if screen == .picker, action == .click, row >= PickerLayout.firstRow {
                let index = PickerLayout.firstVisible(picker, height: height) + (row - PickerLayout.firstRow) / PickerLayout.rowsPerEntry
                if index >= 0, index < picker.entries.count { picker.selection = index }
            }
            return
        }
        var ignored: [ConsoleEffect] = []
        switch action {
        case .wheelUp: workshop.perform(.moveUp, pageSize: 1, wide: width >= AppState.wideWidth, effects: &ignored)
        case .wheelDown: workshop.perform(.moveDown, pageSize: 1, wide: width >= AppState.wideWidth, effects: &ignored)
        case .click:
            let layout = BoardLayout(width: width, height: height, workshop: workshop, lang: lang)
            // The list is hidden behind a full-screen file or « Pourquoi ? » on narrow terminals.
            guard layout.paneLeft != nil || (workshop.focus == .board && workshop.why == nil) else { break }
            let rows = workshop.boardRows()
            if let (claimant, index) = layout.claimantRow(atRow: row, col: col, rows: rows) {
                workshop.selectedClaimant = claimant
                workshop.selectedRowHint = index
                workshop.focus = .board
            }
        }
        self.workshop = workshop
    }
}
