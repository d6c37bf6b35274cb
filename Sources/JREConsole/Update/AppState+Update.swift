import JRECore
import JREText
import JRETerminal

extension AppState {
    /// Applies one input event: the console's only way of changing state.
    public mutating func handle(_ event: InputEvent) {
        defer { collectEntries() }
        switch event {
        case .resize(let width, let height):
            self.width = max(0, width)
            self.height = max(0, height)
        case .signal:
            isFinished = true
        case .inputClosed, .tick:
            break
        case .mouse(let row, let col, let action):
            guard !isTooSmall else { return }
            handleMouse(row: row, col: col, action)
        case .key(let key):
            handle(key)
        }
    }

    var keyContext: KeyContext {
        switch screen {
        case .picker: return .picker
        case .briefing: return .briefing
        case .board: return .board
        case .lab: return .lab
        case .debrief: return .debrief
        case .compare: return .compare
        case .sources: return .sources
        case .population: return .population
        }
    }

    /// Hands the workshop's new journal entries to the program as effects.
    mutating func collectEntries() {
        if screen == .board, var workshop {
            workshop.anchorSelection()
            self.workshop = workshop
        }
        guard var workshop, !workshop.pendingEntries.isEmpty else { return }
        pendingEffects += workshop.pendingEntries.map { .record($0) }
        workshop.pendingEntries = []
        self.workshop = workshop
    }

    mutating func handle(_ key: Key) {
        status = nil
        if isTooSmall {
            if key == .char("q") || key == .ctrl("c") { isFinished = true }
            return
        }
        if replay != nil, key == .char(" ") {
            replay?.paused.toggle()
            return
        }
        if confirmingQuit {
            if key == .char("o") || key == .char("y") || key == .char("q") { isFinished = true }
            confirmingQuit = false
            return
        }
        if showsHelp {
            // Any key closes the overlay; q still quits.
            if key == .char("q") { requestQuit() }
            showsHelp = false
            return
        }
        if var workshop, workshop.filesChanged, screen != .picker {
            switch key {
            case .enter: workshop.filesChanged = false
            case .char("n"):
                workshop.filesChanged = false
                pendingEffects.append(.startNewSession)
            case .char("q"), .escape: isFinished = true
            default: break
            }
            self.workshop = workshop
            return
        }
        if screen == .board, var workshop, workshop.dialog != nil {
            if key == .ctrl("c") { requestQuit(); return }
            workshop.handleDialogKey(key, lang: lang)
            self.workshop = workshop
            if let status = workshop.dialogStatus { self.status = status.format(lang) ; self.workshop?.dialogStatus = nil }
            return
        }
        if screen == .lab, var workshop, workshop.handleLabEntry(key) {
            self.workshop = workshop
            return
        }
        if screen == .board || screen == .lab, var workshop, workshop.handleModalKey(key) {
            self.workshop = workshop
            return
        }
        guard let action = Keymap.action(for: key, in: keyContext) else { return }
        perform(action)
    }

    mutating func perform(_ action: ConsoleAction) {
        switch action {
        case .toggleHelp:
            showsHelp.toggle()
            return
        case .quit:
            requestQuit()
            return
        case .openPopulation:
            requestPopulation()
            return
        default:
            break
        }
        switch screen {
        case .picker: performOnPicker(action)
        case .briefing: performOnBriefing(action)
        case .lab: performOnLab(action)
        case .debrief: performOnDebrief(action)
        case .compare, .sources: performOnList(action)
        case .population: performOnPopulation(action)
        case .board:
            guard var workshop else { return }
            if action == .back, workshop.why == nil, !workshop.fileFullScreen, workshop.focus == .board,
               workshop.search.isEmpty, workshop.alertFilter == nil, workshop.severityFilter == nil {
                // Esc on a plain board goes back to the picker.
                screen = .picker
                return
            }
            switch action {
            case .openLab:
                workshop.labEntry = nil
                screen = .lab
                self.workshop = workshop
                return
            case .openDebrief:
                workshop.debriefSelection = workshop.selectedClaimant
                workshop.debriefScroll = 0
                screen = .debrief
                self.workshop = workshop
                return
            case .decide:
                workshop.dialog = DecisionDialog(claimant: workshop.selectedClaimant)
                self.workshop = workshop
                return
            case .switchRuleset:
                if let next = workshop.nextRuleset {
                    self.workshop = workshop.switched(to: next)
                    status = Strings.rulesetSwitched.format(lang, next.ruleset.title.resolve(lang))
                } else {
                    status = Strings.rulesetNoAlternative(lang)
                }
                return
            case .openCompare:
                workshop.listScroll = 0
                screen = .compare
                self.workshop = workshop
                if workshop.rulesets.count < 2 { status = Strings.rulesetNoAlternative(lang) }
                return
            case .openSources:
                workshop.listScroll = 0
                screen = .sources
                self.workshop = workshop
                return
            default: break
            }
            workshop.perform(action, pageSize: max(1, height - 6), wide: width >= AppState.wideWidth)
            self.workshop = workshop
        }
    }

    mutating func performOnPicker(_ action: ConsoleAction) {
        let count = picker.entries.count
        guard count > 0 else { return }
        switch action {
        case .moveUp: picker.selection = max(0, picker.selection - 1)
        case .moveDown: picker.selection = min(count - 1, picker.selection + 1)
        case .moveTop, .pageUp: picker.selection = 0
        case .moveBottom, .pageDown: picker.selection = count - 1
        case .open:
            let entry = picker.entries[picker.selection]
            guard let simulation = entry.simulation else {
                status = entry.problem
                return
            }
            open(simulation, day: nil, reference: entry.reference)
        default: break
        }
    }

    mutating func performOnBriefing(_ action: ConsoleAction) {
        switch action {
        case .open: screen = .board
        case .back: screen = .picker
        case .moveDown: briefingScroll += 1
        case .moveUp: briefingScroll = max(0, briefingScroll - 1)
        case .pageDown:
            // Space and Page Down read on while there is more, then open the board.
            if BriefingView.hasMore(self) { briefingScroll += max(1, height - 8) } else { screen = .board }
        case .pageUp: briefingScroll = max(0, briefingScroll - max(1, height - 8))
        default: break
        }
    }

    /// Opens a scenario: its briefing first, unless a day is given (then straight to the board).
    public mutating func open(_ simulation: Simulation, day: Int?, reference: String? = nil) {
        var opened = WorkshopState(simulation: simulation, day: day ?? 1, reference: reference)
        if let first = opened.boardRows().first(where: { $0.claimant != nil })?.claimant { opened.selectedClaimant = first }
        workshop = opened
        pendingEffects.append(.loadAlternatives)
        pendingEffects.append(.openSession)
        if day == nil, simulation.scenario.briefing != nil {
            briefingScroll = 0
            screen = .briefing
        } else {
            screen = .board
        }
    }

    /// Quits, or asks first when quitting would lose typed text.
    mutating func requestQuit() {
        if workshop?.dialog?.hasUnsavedText == true {
            confirmingQuit = true
        } else {
            isFinished = true
        }
    }

    /// Width from which the claimant file sits beside the board.
    public static let wideWidth = 110

    mutating func handleMouse(row: Int, col: Int, _ action: MouseAction) {
        // Nothing behind an overlay or a prompt takes clicks.
        if showsHelp || confirmingQuit { return }
        guard screen == .board, var workshop else {
            if screen == .picker, action == .click, row >= PickerLayout.firstRow {
                let index = PickerLayout.firstVisible(picker, height: height) + (row - PickerLayout.firstRow) / PickerLayout.rowsPerEntry
                if index >= 0, index < picker.entries.count { picker.selection = index }
            }
            return
        }
        if workshop.checkpoint != nil || workshop.dialog != nil || workshop.filesChanged || workshop.isSearching || workshop.dayEntry != nil { return }
        switch action {
        case .wheelUp: workshop.perform(.moveUp, pageSize: 1, wide: width >= AppState.wideWidth)
        case .wheelDown: workshop.perform(.moveDown, pageSize: 1, wide: width >= AppState.wideWidth)
        case .click:
            let layout = BoardLayout(width: width, height: height, workshop: workshop)
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

extension WorkshopState {
    /// Keys for what is open on top of the board (checkpoint modal, search, day entry); true when consumed.
    mutating func handleModalKey(_ key: Key) -> Bool {
        if checkpoint != nil {
            if key == .enter || key == .escape || key == .char(" ") { checkpoint = nil }
            return true
        }
        if isSearching {
            switch key {
            case .enter: isSearching = false
            case .escape: isSearching = false; search = ""
            case .backspace: if !search.isEmpty { search.removeLast() }
            case .char(let character) where search.count < 40: search.append(character)
            default: break
            }
            return true
        }
        if let entry = dayEntry {
            switch key {
            case .enter:
                if let target = Int(entry) { moveClock(to: target) }
                dayEntry = nil
            case .escape: dayEntry = nil
            case .backspace: dayEntry = String(entry.dropLast())
            case .char(let character) where character.isNumber && entry.count < 4: dayEntry = entry + String(character)
            default: break
            }
            return true
        }
        return false
    }

    mutating func perform(_ action: ConsoleAction, pageSize: Int, wide: Bool) {
        switch action {
        case .nextDay: moveClock(to: day + 1)
        case .previousDay: moveClock(to: day - 1)
        case .nextWeek: moveClock(to: day + 7)
        case .previousWeek: moveClock(to: day - 7)
        case .nextCheckpoint:
            if let next = nextCheckpoint { moveClock(to: next.day) }
        case .jumpToDay: dayEntry = ""
        case .search:
            isSearching = true
        case .cycleAlertFilter:
            let count = ruleset.alerts.count
            if let current = alertFilter { alertFilter = current + 1 < count ? current + 1 : nil } else if count > 0 { alertFilter = 0 }
        case .cycleSeverityFilter:
            switch severityFilter {
            case nil: severityFilter = .watch
            case .watch?: severityFilter = .alert
            default: severityFilter = nil
            }
        case .cycleSort:
            let all = Sort.allCases
            sort = all[(all.firstIndex(of: sort)! + 1) % all.count]
        case .switchPane:
            focus = focus == .board ? .file : .board
            if focus == .file, !wide { fileFullScreen = true }
            if focus == .board { fileFullScreen = false }
        case .open:
            if why != nil { return }
            if focus == .board {
                focus = .file
                fileFullScreen = !wide
            } else {
                openWhy()
            }
        case .explain:
            if why != nil { why = nil } else { openWhy() }
        case .back:
            if why != nil {
                why = nil
            } else if !search.isEmpty || alertFilter != nil || severityFilter != nil {
                search = ""
                alertFilter = nil
                severityFilter = nil
            } else {
                focus = .board
                fileFullScreen = false
            }
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveTop, .moveBottom:
            move(action, pageSize: pageSize)
        default:
            break
        }
    }

    mutating func openWhy() {
        let items = fileItems
        guard !items.isEmpty else { return }
        if focus == .board {
            // From the board: the first alert that is on, else the first levelled score.
            let result = self.result(selectedClaimant)
            if let alert = ruleset.alerts.indices.first(where: { result.alerts[$0] }) {
                why = .alert(alert)
            } else {
                why = .score(levelledScores.first ?? 0)
            }
            fileSelection = items.firstIndex(of: why!) ?? 0
        } else {
            why = items[min(fileSelection, items.count - 1)]
        }
        whyScroll = 0
    }

    mutating func move(_ action: ConsoleAction, pageSize: Int) {
        if why != nil {
            switch action {
            case .moveUp: whyScroll = max(0, whyScroll - 1)
            case .moveDown: whyScroll += 1
            case .pageUp: whyScroll = max(0, whyScroll - pageSize)
            case .pageDown: whyScroll += pageSize
            case .moveTop: whyScroll = 0
            default: break
            }
            return
        }
        if focus == .file {
            let count = fileItems.count
            switch action {
            case .moveUp: fileSelection = max(0, fileSelection - 1)
            case .moveDown: fileSelection = min(count - 1, fileSelection + 1)
            case .pageUp, .moveTop: fileSelection = 0
            case .pageDown, .moveBottom: fileSelection = count - 1
            default: break
            }
            return
        }
        let rows = boardRows()
        let claimantRows = rows.indices.filter { rows[$0].claimant != nil }
        guard !claimantRows.isEmpty else { return }
        let current = selectedRow(in: rows).flatMap { claimantRows.firstIndex(of: $0) } ?? 0
        var target = current
        switch action {
        case .moveUp: target = current - 1
        case .moveDown: target = current + 1
        case .pageUp: target = current - pageSize
        case .pageDown: target = current + pageSize
        case .moveTop: target = 0
        case .moveBottom: target = claimantRows.count - 1
        default: break
        }
        target = max(0, min(claimantRows.count - 1, target))
        if let claimant = rows[claimantRows[target]].claimant {
            selectedClaimant = claimant
            selectedRowHint = claimantRows[target]
        }
    }
}
