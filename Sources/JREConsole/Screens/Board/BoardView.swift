import JRECore
import JREText
import JRETerminal

/// The advisor's alert board: header, grouped caseload, the claimant file and « Pourquoi ? ».
enum BoardView {
    static func draw(_ state: AppState, into grid: inout CellGrid) {
        guard let workshop = state.workshop else { return }
        HeaderView.draw(workshop, lang: state.lang, into: &grid)
        let layout = BoardLayout(width: grid.width, height: grid.height, workshop: workshop, lang: state.lang)
        // Narrow terminals give the file (or « Pourquoi ? ») the whole screen while it has the keyboard.
        if layout.paneLeft == nil && (workshop.focus == .file || workshop.why != nil) {
            let area = PaneArea(top: 2, left: 0, width: grid.width, height: grid.height - 3)
            if workshop.why != nil {
                WhyView.draw(workshop, lang: state.lang, area: area, into: &grid)
            } else {
                ClaimantFileView.draw(workshop, lang: state.lang, area: area, into: &grid)
            }
        } else {
            drawList(workshop, lang: state.lang, layout: layout, into: &grid)
            if let left = layout.paneLeft {
                grid.verticalLine(row: 2, col: left - 1, height: grid.height - 3)
                let area = PaneArea(top: 2, left: left, width: grid.width - left, height: grid.height - 3)
                if workshop.why != nil {
                    WhyView.draw(workshop, lang: state.lang, area: area, into: &grid)
                } else {
                    ClaimantFileView.draw(workshop, lang: state.lang, area: area, into: &grid)
                }
            }
        }
    }

    static func drawList(_ workshop: WorkshopState, lang: Lang, layout: BoardLayout, into grid: inout CellGrid) {
        let glyphs = grid.glyphs
        let width = layout.listWidth
        let scores = workshop.levelledScores
        let badgeWidth = 5
        // Households have no age and no logins: their columns are left out rather than filled with « — ».
        let ageWidth = workshop.boardShowsAge ? 5 : 0
        let loginWidth = workshop.boardShowsLogin ? 6 : 0
        let decisionWidth = width >= 72 ? 16 : 0
        let nameWidth = max(8, width - 2 - ageWidth - scores.count * badgeWidth - loginWidth - decisionWidth - 1)
        // Column titles.
        var col = grid.put(" " + TextLayout.pad(Strings.consoleColumnName(lang), nameWidth + 1), row: 2, col: 0, role: .dim, maxWidth: width)
        if ageWidth > 0 {
            col = grid.put(TextLayout.pad(Strings.consoleColumnAge(lang), ageWidth), row: 2, col: col, role: .dim, maxWidth: max(0, width - col))
        }
        // Each score column is numbered over its badges; the legend under the list names it.
        for number in scores.indices {
            col = grid.put(TextLayout.pad(" " + String(number + 1), badgeWidth), row: 2, col: col, role: .dim, maxWidth: max(0, width - col))
        }
        if loginWidth > 0 {
            col = grid.put(TextLayout.pad(Strings.consoleColumnLogin(lang), loginWidth), row: 2, col: col, role: .dim, maxWidth: max(0, width - col))
        }
        if decisionWidth > 0 { _ = grid.put(Strings.decisionShort(lang), row: 2, col: col, role: .dim, maxWidth: max(0, width - col)) }

        let rows = workshop.boardRows()
        let selected = workshop.selectedRow(in: rows)
        for offset in 0..<layout.listHeight {
            let index = layout.firstVisibleRow + offset
            guard index < rows.count else { break }
            let row = layout.listTop + offset
            switch rows[index].kind {
            case .group(let alert, let count):
                let label: String
                if let alert {
                    label = Strings.consoleGroup.format(lang, workshop.ruleset.alerts[alert].label.resolve(lang), String(count))
                } else {
                    label = Strings.consoleOthers.format(lang, String(count))
                }
                let role: Role = alert != nil && count > 0 ? .alert : .title
                let mark = alert != nil && count > 0 ? (glyphs.mark(for: .alert) ?? "") + " " : ""
                _ = grid.put(mark + label, row: row, col: 0, role: role, maxWidth: width, ellipsis: true)
            case .claimant(let claimant, let group):
                let isSelected = index == selected
                drawClaimantLine(workshop, claimant: claimant, group: group, row: row, width: width,
                                 columns: (name: nameWidth, age: ageWidth, login: loginWidth, decision: decisionWidth),
                                 selected: isSelected, focused: workshop.focus == .board, lang: lang, into: &grid)
                if isSelected { grid.cursor = (row, 1) }
            }
        }
        // Filters in force, above the footer.
        var filters: [String] = []
        if let alert = workshop.alertFilter { filters.append(workshop.ruleset.alerts[alert].label.resolve(lang)) }
        if let severity = workshop.severityFilter { filters.append("≥ " + ScreenRenderer.word(severity, lang)) }
        if !workshop.search.isEmpty { filters.append(Strings.quoted(workshop.search, lang)) }
        let sortName: String
        switch workshop.sort {
        case .name: sortName = Strings.consoleSortName(lang)
        case .severity: sortName = Strings.consoleSortSeverity(lang)
        case .lastLogin: sortName = Strings.consoleSortLogin(lang)
        }
        let line = Strings.consoleSortLine.format(lang, sortName) + (filters.isEmpty ? "" : " · " + Strings.consoleFilterLine.format(lang, filters.joined(separator: ", ")))
        let statusRow = grid.height - 2
        for (offset, line) in layout.legend.enumerated() {
            let row = statusRow - layout.legend.count + offset
            grid.fill(row: row, col: 0, width: width, height: 1, role: .normal)
            _ = grid.put(" " + line, row: row, col: 0, role: .dim, maxWidth: width - 1, ellipsis: true)
        }
        grid.fill(row: statusRow, col: 0, width: width, height: 1, role: .normal)
        var legendCol = grid.put(line, row: statusRow, col: 1, role: filters.isEmpty ? .dim : .accent, maxWidth: width - 2, ellipsis: true)
        // The badge legend: each severity as glyph and word, never colour alone.
        for severity in [Severity.alert, .watch, .ok] {
            let text = ScreenRenderer.mark(severity, glyphs) + " " + ScreenRenderer.word(severity, lang)
            guard legendCol + 2 + DisplayWidth.of(text) < width else { break }
            legendCol = grid.put("  " + text, row: statusRow, col: legendCol, role: ScreenRenderer.role(severity))
        }
        // And the mark of an alert that lit up today.
        let newText = glyphs.newMarker + " " + Strings.consoleNew(lang)
        if legendCol + 2 + DisplayWidth.of(newText) < width {
            _ = grid.put("  " + newText, row: statusRow, col: legendCol, role: .new)
        }
    }

    static func drawClaimantLine(_ workshop: WorkshopState, claimant: Int, group: Int?, row: Int, width: Int,
                                 columns: (name: Int, age: Int, login: Int, decision: Int),
                                 selected: Bool, focused: Bool, lang: Lang, into grid: inout CellGrid) {
        let nameWidth = columns.name, decisionWidth = columns.decision
        let glyphs = grid.glyphs
        let person = workshop.scenario.claimants[claimant]
        let result = workshop.result(claimant)
        let baseRole: Role = selected ? (focused ? .selected : .accent) : .normal
        if selected { grid.fill(row: row, col: 0, width: width, height: 1, role: baseRole) }
        let isNew = group.map { workshop.isNew(claimant: claimant, alert: $0) } ?? false
        var col = grid.put(isNew ? glyphs.newMarker : " ", row: row, col: 0, role: isNew ? .new : baseRole)
        let decision = workshop.lastDecision(for: claimant)
        // A decision not on disk yet is never marked ✓: it shows ✗ and « NON enregistrée ».
        let unsaved = decision != nil && workshop.unsavedClaimants.contains(person.id)
        // Narrow boards mark a decision after the name; wide ones show it in its own column.
        let name = decision != nil && decisionWidth == 0 ? person.name + " " + (unsaved ? glyphs.cross : glyphs.check) : person.name
        col = grid.put(" " + TextLayout.pad(name, nameWidth), row: row, col: col, role: baseRole, maxWidth: nameWidth + 1)
        if columns.age > 0 {
            let age = person.profileValue("age").map { $0.description } ?? "—"
            col = grid.put(TextLayout.pad(age, columns.age), row: row, col: col, role: baseRole, maxWidth: columns.age)
        }
        for score in workshop.levelledScores {
            if let level = result.levels[score] {
                let severity = workshop.ruleset.scores[score].levels[level].severity
                let mark = ScreenRenderer.mark(severity, glyphs)
                _ = grid.put(mark, row: row, col: col + 1, role: selected ? baseRole : ScreenRenderer.role(severity))
            } else if result.fault != nil {
                _ = grid.put("!", row: row, col: col + 1, role: .error)
            }
            col += 5
        }
        if columns.login > 0 {
            let login = workshop.daysSinceLogin(claimant).map { Strings.consoleDaysShort.format(lang, String($0)) } ?? "—"
            col = grid.put(TextLayout.pad(login, columns.login), row: row, col: col, role: baseRole, maxWidth: max(0, width - col))
        }
        if decisionWidth > 0, let decision {
            let label = unsaved ? glyphs.cross + " " + Strings.journalUnsavedShort(lang) + " " + decision.decisionLabel : decision.decisionLabel
            _ = grid.put(label, row: row, col: col, role: unsaved ? .error : (selected ? baseRole : .accent), maxWidth: max(0, min(decisionWidth, width - col)), ellipsis: true)
        }
    }
}

extension BoardView {
    /// The score columns' legend, packed into at most `maxLines` lines of `width`: « Scores : 1
    /// Dynamique de recherche · 2 Signes de perte de contact · … » (the last line cut with « … »).
    static func scoreLegend(_ workshop: WorkshopState, lang: Lang, width: Int, maxLines: Int) -> [String] {
        let scores = workshop.levelledScores
        guard !scores.isEmpty, width > 0 else { return [] }
        let entries = scores.enumerated().map { number, score in String(number + 1) + " " + workshop.ruleset.scores[score].label.resolve(lang) }
        // Entries packed whole into lines; the « Scores : » lead-in goes first when it leaves room.
        func pack(_ lead: String) -> [String] {
            var lines: [String] = []
            var current = lead
            for entry in entries {
                if current == lead || DisplayWidth.of(current + " · " + entry) <= width {
                    current += (current == lead ? "" : " · ") + entry
                } else {
                    lines.append(current + " ·")
                    current = entry
                }
            }
            return lines + [current]
        }
        var lines = pack(Strings.consoleScoreLegend(lang))
        if lines.count > maxLines { lines = pack("") }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = DisplayWidth.truncated(lines[maxLines - 1] + " …", toWidth: width, ellipsis: "…")
        }
        return lines
    }

    /// The tag a file line carries for its provenance: only a documented rule is marked, since
    /// everything else is a reconstruction, said once per screen by ``provenanceNotice(_:lang:)``.
    static func provenanceRun(_ provenance: Provenance, lang: Lang) -> [(String, Role)] {
        provenance.status == .documented ? [("[" + Strings.consoleTagDocumented(lang) + "]", .documented)] : []
    }

    /// The one « reconstitution » notice of the claimant file, beside its « Scores » title, when
    /// some score or alert of the ruleset is not documented.
    static func scoresTitle(_ ruleset: Ruleset, lang: Lang) -> PaneLine {
        let reconstructed = ruleset.scores.contains { $0.provenance.status != .documented } || ruleset.alerts.contains { $0.provenance.status != .documented }
        guard reconstructed else { return PaneLine(Strings.consoleScoresTitle(lang), .title) }
        return PaneLine(runs: [(Strings.consoleScoresTitle(lang) + "  ", .title), (Strings.consoleReconstructionNotice(lang), .illustrative)])
    }
}

/// The top line: scenario, date, week, day, ruleset, and whether thresholds differ from their defaults.
enum HeaderView {
    static func draw(_ workshop: WorkshopState, lang: Lang, into grid: inout CellGrid) {
        grid.fill(row: 0, col: 0, width: grid.width, height: 1, role: .header)
        let date = workshop.scenario.date(ofDay: workshop.day)
        let text = " " + Strings.consoleHeader.format(lang, workshop.scenario.title.resolve(lang), DateText.long(date, lang: lang),
                                                      String(Scenario.week(ofDay: workshop.day)), String(workshop.day), String(workshop.scenario.days))
        // The clock first: it must survive narrow terminals.
        let end = grid.put(text, row: 0, col: 0, role: .header, maxWidth: grid.width, ellipsis: true)
        var second = Strings.consoleRulesetLine.format(lang, workshop.ruleset.title.resolve(lang))
        let changed = workshop.parameters.changed(from: workshop.ruleset)
        if !changed.isEmpty { second += "  " + Strings.consoleThresholdsChanged.format(lang, count: changed.count) }
        if let next = workshop.nextCheckpoint { second += "  · " + Strings.consoleNextCheckpoint.format(lang, String(next.day)) }
        _ = end
        _ = grid.put(" " + second, row: 1, col: 0, role: changed.isEmpty ? .dim : .watch, maxWidth: grid.width, ellipsis: true)
    }
}

/// A rectangle of the screen for a pane.
struct PaneArea {
    var top: Int
    var left: Int
    var width: Int
    var height: Int
}
