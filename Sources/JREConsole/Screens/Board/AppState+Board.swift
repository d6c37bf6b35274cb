import JRECore
import JREText
import JRETerminal

/// The board: the caseload by alert, the claimant file, « Pourquoi ? », the clock, filters and search.
extension AppState {
    mutating func performOnBoard(_ action: ConsoleAction, effects: inout [ConsoleEffect]) {
        guard var workshop else { return }
        if action == .back, workshop.why == nil, !workshop.fileFullScreen, workshop.focus == .board,
           workshop.search.isEmpty, workshop.alertFilter == nil, workshop.severityFilter == nil {
            // Esc on a plain board goes back to the picker, unless entries still wait for this session's journal.
            if journal.holdsSession {
                status = Strings.journalKeepsSession.format(lang, count: journal.pending.count)
            } else {
                screen = .picker
            }
            return
        }
        switch action {
        case .openLab:
            screen = .lab
        case .openDebrief:
            screen = .debrief(DebriefScreen(selection: workshop.selectedClaimant))
        case .decide:
            modal = .decision(DecisionDialog(claimant: workshop.selectedClaimant))
        case .switchRuleset:
            if let next = workshop.nextRuleset {
                workshop.switchRuleset(to: next, effects: &effects)
                status = Strings.rulesetSwitched.format(lang, next.ruleset.title.resolve(lang))
            } else {
                status = Strings.rulesetNoAlternative(lang)
            }
        case .openCompare:
            screen = .compare(CompareScreen())
            if workshop.rulesets.count < 2 { status = Strings.rulesetNoAlternative(lang) }
        case .openSources:
            screen = .sources(SourcesScreen())
        case .openModel:
            self.workshop = workshop
            openModelScreen(effects: &effects)
            return
        case .jumpToDay:
            modal = .dayEntry("")
        case .search:
            modal = .search
        default:
            if let reached = workshop.perform(action, pageSize: max(1, height - 6), wide: width >= AppState.wideWidth, effects: &effects) {
                modal = .checkpoint(reached)
            }
        }
        self.workshop = workshop
    }
}

extension WorkshopState {
    /// A board action on the workshop; returns the checkpoint the clock reached, if it moved onto one.
    @discardableResult
    mutating func perform(_ action: ConsoleAction, pageSize: Int, wide: Bool, effects: inout [ConsoleEffect]) -> Checkpoint? {
        switch action {
        case .nextDay: return moveClock(to: day + 1, effects: &effects)
        case .previousDay: return moveClock(to: day - 1, effects: &effects)
        case .nextWeek: return moveClock(to: day + 7, effects: &effects)
        case .previousWeek: return moveClock(to: day - 7, effects: &effects)
        case .nextCheckpoint:
            if let next = nextCheckpoint { return moveClock(to: next.day, effects: &effects) }
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
            if why != nil { return nil }
            if focus == .board {
                focus = .file
                fileFullScreen = !wide
            } else {
                openWhy()
            }
        case .explain:
            if why != nil { why = nil } else { openWhy() }
        case .toggleFormulas:
            if why == nil {
                whyFormulas = true
                openWhy()
            } else {
                whyFormulas.toggle()
            }
            whyScroll = 0
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
        return nil
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
