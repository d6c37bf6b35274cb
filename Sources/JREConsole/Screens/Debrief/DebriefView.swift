import JRECore
import JREText
import JRETerminal

/// The debrief screen: cohort figures, then each claimant's alerts, decisions and hidden life.
public enum DebriefView {
    static func draw(_ state: AppState, _ screen: DebriefScreen, into grid: inout CellGrid) {
        guard let workshop = state.workshop else { return }
        let lang = state.lang
        let glyphs = grid.glyphs
        HeaderView.draw(workshop, lang: lang, into: &grid)
        let debrief = workshop.simulation.debrief(session: workshop.session, lastDay: workshop.day)
        var row = 2
        _ = grid.put(" " + Strings.debriefTitle.format(lang, String(debrief.lastDay)), row: row, col: 0, role: .title, maxWidth: grid.width)
        row += 1
        // With a real fraud in the cohort, an alert is borne out on that person and false on every honest one.
        let (phrase, explained, falseAlerts) = debrief.hasActualFraud
            ? (Strings.debriefCohortWithFraud, debrief.alertDaysOnFraud, debrief.alertDaysOnHonest)
            : (Strings.debriefCohort, debrief.alertDaysExplainedByContext, debrief.alertDaysOnActiveSearch)
        let summary = phrase.format(lang, Strings.debriefDecisions.format(lang, count: debrief.decisions.count),
                                    Strings.debriefUnderAlert.format(lang, count: debrief.decisionsFollowingAlert),
                                    Strings.debriefAlertDays.format(lang, count: debrief.alertDays),
                                    NumberText.count(explained, lang), NumberText.count(falseAlerts, lang))
        for line in TextLayout.wrap(summary, width: grid.width - 2) where row < grid.height - 2 {
            _ = grid.put(" " + line, row: row, col: 0, role: .normal, maxWidth: grid.width)
            row += 1
        }
        // Alert counts over the days.
        let labelWidth = min(28, grid.width / 3)
        let stripWidth = max(4, grid.width - labelWidth - 4)
        for (alert, counts) in debrief.alertCounts.enumerated() where row < grid.height - 2 {
            let sampled = (0..<min(stripWidth, counts.count)).map { Double(counts[$0 * counts.count / min(stripWidth, counts.count)]) }
            let col = grid.put(" " + TextLayout.pad(debrief.alertLabels[alert].resolve(lang), labelWidth), row: row, col: 0, role: .normal, maxWidth: labelWidth + 1)
            _ = grid.put(" " + glyphs.sparkline(sampled, range: 0...Double(max(1, debrief.claimants.count))), row: row, col: col, role: .chart)
            row += 1
        }
        // The threshold changes, one settled change each, as many lines as the screen spares.
        if !debrief.thresholdChanges.isEmpty, row < grid.height - 2 {
            let changes = debrief.thresholdChanges.map { thresholdChangeText($0, ruleset: workshop.ruleset, lang: lang) }.joined(separator: " · ")
            let lines = TextLayout.wrap(changes, width: grid.width - 2, hangingIndent: 2)
            let room = max(1, min(3, grid.height - 10 - row))
            for (index, line) in lines.prefix(room).enumerated() {
                let text = index == room - 1 && lines.count > room ? DisplayWidth.truncated(line + " …", toWidth: grid.width - 2, ellipsis: "…") : line
                _ = grid.put(" " + text, row: row, col: 0, role: .watch, maxWidth: grid.width - 1, ellipsis: true)
                row += 1
            }
        }
        grid.horizontalLine(row: row, col: 0, width: grid.width)
        row += 1
        // The selected claimant's story, scrolled.
        let story = debrief.claimants[min(screen.selection, debrief.claimants.count - 1)]
        var lines: [PaneLine] = []
        let count = Strings.debriefPosition.format(lang, String(story.index + 1), String(debrief.claimants.count))
        lines.append(PaneLine(runs: [(story.name, .title), ("  " + count + "  ", .dim), (story.situation.map { situationText($0, lang) } ?? "", .accent)]))
        if let returned = story.returnedToWork {
            lines.append(PaneLine(runs: [(returned ? Strings.debriefReturnedToWork(lang) : Strings.debriefNotReturnedToWork(lang), returned ? .accent : .dim)]))
        }
        for (alert, days) in story.alertDays.enumerated() {
            let strip = (0..<min(stripWidth, debrief.lastDay)).map { bucket -> String in
                let from = bucket * debrief.lastDay / min(stripWidth, debrief.lastDay) + 1
                let to = (bucket + 1) * debrief.lastDay / min(stripWidth, debrief.lastDay)
                return days.contains { $0 >= from && $0 <= to } ? glyphs.barEighths.last ?? "#" : (glyphs.isASCII ? "." : "·")
            }.joined()
            lines.append(PaneLine(runs: [(TextLayout.pad(debrief.alertLabels[alert].resolve(lang), labelWidth) + " ", .normal), (strip, days.isEmpty ? .dim : .alert)]))
        }
        // Each alert that fired, explained by the sentence « Pourquoi ? » gives.
        for alert in story.alertDays.indices {
            guard let why = debrief.alertReasonLine(story, alert: alert, simulation: workshop.simulation, lang: lang) else { continue }
            let text = glyphs.ruleFired + " " + debrief.alertLabels[alert].resolve(lang) + " — " + why
            for line in TextLayout.wrap(text, width: grid.width - 3, hangingIndent: 2) { lines.append(PaneLine(line, .normal)) }
        }
        lines.append(PaneLine(""))
        if story.decisions.isEmpty {
            lines.append(PaneLine(Strings.debriefNoDecision(lang), .dim))
        }
        for decision in story.decisions {
            let labels = decision.alerts.map { id in debrief.alertIds.firstIndex(of: id).map { debrief.alertLabels[$0].resolve(lang) } ?? id }
            let showing = labels.isEmpty ? Strings.dialogNoAlert(lang) : labels.joined(separator: ", ")
            // The decision as the ruleset names it in this language (the journal keeps the label of its day).
            var text = Strings.debriefDecision.format(lang, String(decision.day), workshop.ruleset.decisions.first { $0.id == decision.decision }?.label.resolve(lang) ?? decision.decisionLabel, showing)
            if let justification = decision.justification, !justification.isEmpty { text += " — " + Strings.quoted(justification, lang) }
            for line in TextLayout.wrap(text, width: grid.width - 3, hangingIndent: 2) { lines.append(PaneLine(line, decision.alerts.isEmpty ? .normal : .watch)) }
        }
        lines.append(PaneLine(""))
        lines.append(PaneLine(Strings.debriefContext(lang), .title))
        for line in TextLayout.wrap(story.context?.resolve(lang) ?? "—", width: grid.width - 3) { lines.append(PaneLine(line, .accent)) }
        if let overpayment = story.overpayment {
            lines.append(PaneLine(""))
            lines.append(PaneLine(Strings.debriefOverpaymentHeader(lang), .title))
            for line in TextLayout.wrap(Debrief.overpaymentText(overpayment, lang: lang), width: grid.width - 3) { lines.append(PaneLine(line, .accent)) }
        }
        PaneDrawing.draw(lines, area: PaneArea(top: row, left: 0, width: grid.width, height: grid.height - 1 - row), scroll: screen.scroll, selected: nil, into: &grid)
        grid.cursor = (row, 1)
    }

    /// One threshold change in words: « jour 22 : Fenêtre d'observation 30 jours → 21 jours (2 personnes changent d'alerte) ».
    static func thresholdChangeText(_ change: Debrief.ThresholdChange, ruleset: Ruleset, lang: Lang) -> String {
        if change.parameter == "*" { return Strings.debriefReset.format(lang, String(change.day)) }
        let parameter = ruleset.parameterIndex(change.parameter).map { ruleset.parameters[$0] }
        let moved = Set(change.changes.flatMap { $0.gained + $0.lost }).count
        let value = { (number: Double?) in number.map { DebriefExport.parameterValue(parameter, $0, lang: lang) } ?? "?" }
        return Strings.debriefChange.format(lang, String(change.day), parameter?.label.resolve(lang) ?? change.parameter, value(change.from), value(change.to),
                                            moved == 0 ? Strings.debriefNobodyMoved(lang) : Strings.debriefMoved.format(lang, count: moved))
    }

    public static func situationText(_ situation: TrueSituation, _ lang: Lang) -> String {
        switch situation {
        case .activeOnline: return Strings.situationActiveOnline(lang)
        case .activeOffline: return Strings.situationActiveOffline(lang)
        case .caring: return Strings.situationCaring(lang)
        case .ill: return Strings.situationIll(lang)
        case .discouraged: return Strings.situationDiscouraged(lang)
        case .shortContract: return Strings.situationShortContract(lang)
        case .training: return Strings.situationTraining(lang)
        case .inactive: return Strings.situationInactive(lang)
        case .fraud: return Strings.situationFraud(lang)
        case .other: return Strings.situationOther(lang)
        }
    }
}
