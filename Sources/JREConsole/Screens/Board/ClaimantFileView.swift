import JRECore
import JREText
import JRETerminal

/// One line of a pane: runs of text with their roles.
struct PaneLine {
    var runs: [(String, Role)]
    /// The file item (score or alert) this line shows, for the selection.
    var item: WorkshopState.WhyTarget?

    init(_ text: String, _ role: Role = .normal, item: WorkshopState.WhyTarget? = nil) {
        runs = [(text, role)]
        self.item = item
    }

    init(runs: [(String, Role)], item: WorkshopState.WhyTarget? = nil) {
        self.runs = runs
        self.item = item
    }
}

/// Draws a scrolled list of pane lines, highlighting the selected item and keeping it in view.
enum PaneDrawing {
    static func draw(_ lines: [PaneLine], area: PaneArea, scroll: Int, selected: WorkshopState.WhyTarget?, into grid: inout CellGrid) {
        var first = min(max(0, scroll), max(0, lines.count - area.height))
        if let selected, let index = lines.firstIndex(where: { $0.item == selected }) {
            if index < first { first = index }
            if index >= first + area.height { first = index - area.height + 1 }
        }
        for offset in 0..<max(0, area.height) {
            let index = first + offset
            guard index < lines.count else { break }
            let row = area.top + offset
            let line = lines[index]
            let isSelected = selected != nil && line.item == selected
            if isSelected {
                grid.fill(row: row, col: area.left, width: area.width, height: 1, role: .selected)
                _ = grid.put(grid.glyphs.pointer, row: row, col: area.left, role: .selected, maxWidth: 1)
                grid.cursor = (row, area.left + 1)
            }
            var col = area.left + 1
            for (text, role) in line.runs {
                guard col < area.left + area.width else { break }
                col = grid.put(text, row: row, col: col, role: isSelected ? .selected : role, maxWidth: area.left + area.width - col, ellipsis: true)
            }
        }
        if lines.count > area.height, area.height > 0 {
            let thumb = area.top + Int(Double(first) / Double(max(1, lines.count - area.height)) * Double(area.height - 1))
            _ = grid.put(grid.glyphs.scrollThumb, row: thumb, col: area.left + area.width - 1, role: .dim)
        }
    }
}

/// The claimant file: profile, scores with sparklines, alerts, advice, the journal, and provenance.
enum ClaimantFileView {
    static func draw(_ workshop: WorkshopState, lang: Lang, area: PaneArea, into grid: inout CellGrid) {
        let lines = self.lines(workshop, lang: lang, width: area.width - 2, glyphs: grid.glyphs)
        let selected = workshop.focus == .file ? workshop.fileItems[min(workshop.fileSelection, workshop.fileItems.count - 1)] : nil
        PaneDrawing.draw(lines, area: area, scroll: workshop.fileScroll, selected: selected, into: &grid)
    }

    static func provenanceTag(_ provenance: Provenance, lang: Lang) -> (String, Role) {
        provenance.status == .documented
            ? ("[" + Strings.consoleTagDocumented(lang) + "]", .documented)
            : ("[" + Strings.consoleTagIllustrative(lang) + "]", .illustrative)
    }

    static func lines(_ workshop: WorkshopState, lang: Lang, width: Int, glyphs: Glyphs) -> [PaneLine] {
        let claimant = workshop.selectedClaimant
        let person = workshop.scenario.claimants[claimant]
        let result = workshop.result(claimant)
        let ruleset = workshop.ruleset
        var lines: [PaneLine] = []
        lines.append(PaneLine(runs: [(person.name, .title), ("  (\(person.id))", .dim)]))
        lines += profileCard(workshop, claimant: claimant, lang: lang, width: width)
        if let decision = workshop.lastDecision(for: claimant) {
            var text = Strings.fileLastDecision.format(lang, decision.decisionLabel, String(decision.day))
            if let justification = decision.justification { text += " — " + Strings.quoted(justification, lang) }
            let unsaved = workshop.unsavedClaimants.contains(person.id)
            if unsaved { text += " — " + Strings.journalUnsavedMark(lang).uppercased() }
            for line in TextLayout.wrap(text, width: max(10, width), hangingIndent: 2) { lines.append(PaneLine(line, unsaved ? .error : .accent)) }
        }
        lines.append(PaneLine(""))
        lines.append(BoardView.scoresTitle(ruleset, lang: lang))
        if let fault = result.fault {
            lines.append(PaneLine(FaultText.describe(fault, lang: lang), .error))
        }
        let plain = PlainExplanation(simulation: workshop.simulation, lang: lang, glyphs: glyphs)
        let sparkWidth = max(4, min(24, width / 6))
        for index in workshop.levelledScores + workshop.signalScores {
            if index == workshop.signalScores.first {
                lines.append(PaneLine(""))
                lines.append(PaneLine(Strings.consoleSignalsTitle(lang), .dim))
            }
            let score = ruleset.scores[index]
            let value = result.scoreValues[index]
            let firstDay = max(1, workshop.day - sparkWidth + 1)
            let series = (firstDay...workshop.day).map { workshop.history.value(claimant: claimant, day: $0, score: index) }
            let finite = series.filter { $0.isFinite }
            let spark = finite.isEmpty ? "" : glyphs.sparkline(series.map { $0.isFinite ? $0 : (finite.max() ?? 0) })
            var runs: [(String, Role)] = [(TextLayout.pad(score.label.resolve(lang), max(10, width / 3)) + " ", score.levels.isEmpty ? .dim : .normal),
                                          (TextLayout.pad(plain.valueText(score: index, value: value), max(8, min(18, width / 4))) + " ", .normal)]
            if let level = result.levels[index] {
                let definition = score.levels[level]
                let role = ScreenRenderer.role(definition.severity)
                runs.append((ScreenRenderer.mark(definition.severity, glyphs) + " " + TextLayout.pad(definition.displayLabel(lang), 10) + " ", role))
            } else {
                runs.append((TextLayout.pad("", 13), .normal))
            }
            runs.append((spark + " ", .chart))
            runs += BoardView.provenanceRun(score.provenance, lang: lang)
            lines.append(PaneLine(runs: runs, item: .score(index)))
        }
        lines.append(PaneLine(""))
        lines.append(PaneLine(Strings.consoleAlertsTitle(lang), .title))
        for (index, alert) in ruleset.alerts.enumerated() {
            let on = result.alerts.indices.contains(index) && result.alerts[index]
            let mark = on ? (glyphs.mark(for: .alert) ?? "!") : (glyphs.mark(for: .ok) ?? "o")
            let state = on ? Strings.consoleAlertOn(lang) : Strings.consoleAlertOff(lang)
            var runs: [(String, Role)] = [(mark + " " + alert.label.resolve(lang) + " — " + state + " ", on ? .alert : .dim)]
            if on, workshop.isNew(claimant: claimant, alert: index) { runs.append((glyphs.newMarker + " " + Strings.consoleNew(lang) + " ", .new)) }
            runs += BoardView.provenanceRun(alert.provenance, lang: lang)
            lines.append(PaneLine(runs: runs, item: .alert(index)))
        }
        let advice = ruleset.advice.indices.filter { result.advice.indices.contains($0) && result.advice[$0] }
        if !advice.isEmpty {
            lines.append(PaneLine(""))
            lines.append(PaneLine(Strings.consoleAdviceTitle(lang), .title))
            for index in advice {
                for (n, line) in TextLayout.wrap(Strings.quoted(ruleset.advice[index].text.resolve(lang), lang), width: max(10, width - 2)).enumerated() {
                    lines.append(PaneLine((n == 0 ? glyphs.bullet + " " : "  ") + line, .normal))
                }
            }
        }
        lines += hoursStrip(workshop, claimant: claimant, lang: lang, width: width, glyphs: glyphs)
        lines.append(PaneLine(""))
        lines.append(PaneLine(Strings.consoleJournalTitle(lang), .title))
        let events = person.events.filter { $0.day <= workshop.day }.reversed()
        if events.isEmpty { lines.append(PaneLine(Strings.consoleJournalEmpty(lang), .dim)) }
        for event in events {
            let date = DateText.compact(workshop.scenario.date(ofDay: event.day))
            let label = ruleset.eventType(event.type)?.label.resolve(lang) ?? event.type
            let attributes = EventWords.attributes(of: event, type: ruleset.eventType(event.type), lang: lang).joined(separator: " · ")
            var runs: [(String, Role)] = [("\(date) " + Strings.consoleDayShort.format(lang, String(event.day)) + " ", .dim), (label + " ", .normal)]
            if !attributes.isEmpty { runs.append((attributes + " ", .dim)) }
            if let note = event.note?.resolve(lang), !note.isEmpty { runs.append(("— " + note, .accent)) }
            lines.append(PaneLine(runs: runs))
        }
        return lines
    }
}

extension ClaimantFileView {
    /// The profile as a card: one labelled, formatted value a line (« Âge       58 ans »), a sentence for
    /// an attribute with a `phrase` (« Inscrit·e depuis le 22 déc. 2022 (14 mois) »).
    static func profileCard(_ workshop: WorkshopState, claimant: Int, lang: Lang, width: Int) -> [PaneLine] {
        let card = ProfileCard(simulation: workshop.simulation, claimant: claimant, day: workshop.day, lang: lang)
        let labelWidth = min(max(10, width / 2), (card.lines.compactMap { $0.label.map { DisplayWidth.of($0) } }.max() ?? 0) + 1)
        var lines: [PaneLine] = []
        for line in card.lines {
            if let label = line.label {
                let value = TextLayout.wrap(line.value, width: max(10, width - labelWidth - 3))
                for (number, piece) in value.enumerated() {
                    lines.append(PaneLine(runs: [("  " + TextLayout.pad(number == 0 ? label : "", labelWidth) + " ", .dim), (piece, .normal)]))
                }
            } else {
                for piece in TextLayout.wrap(line.value, width: max(10, width - 2), hangingIndent: 2) { lines.append(PaneLine("  " + piece, .normal)) }
            }
        }
        return lines
    }

    /// Week-by-week declared hours (events with an `hours` attribute), as a bar strip with the figures.
    static func hoursStrip(_ workshop: WorkshopState, claimant: Int, lang: Lang, width: Int, glyphs: Glyphs) -> [PaneLine] {
        let events = workshop.scenario.claimants[claimant].events.filter { $0.day <= workshop.day && $0.attributes["hours"]?.number != nil }
        guard !events.isEmpty else { return [] }
        let weeks = Scenario.week(ofDay: workshop.day)
        var totals = [Double](repeating: 0, count: weeks)
        for event in events { totals[Scenario.week(ofDay: event.day) - 1] += event.attributes["hours"]?.number ?? 0 }
        let shown = Array(totals.suffix(max(1, min(weeks, (width - 4) / 2))))
        let bars = glyphs.sparkline(shown, range: 0...max(20, shown.max() ?? 0))
        let first = weeks - shown.count + 1
        let figures = shown.enumerated().suffix(6).map { Strings.fileWeekHours.format(lang, String(first + $0.offset), NumberText.decimal($0.element, lang)) }.joined(separator: " · ")
        return [PaneLine(""), PaneLine(Strings.fileHoursTitle(lang), .title), PaneLine(bars, .chart), PaneLine(figures, .dim)]
    }
}

/// « Pourquoi ? »: the engine's explanation of the selected score or alert, drawn readably.
enum WhyView {
    static func draw(_ workshop: WorkshopState, lang: Lang, area: PaneArea, into grid: inout CellGrid) {
        guard let target = workshop.why else { return }
        let explanation = workshop.simulation.explain(claimant: workshop.selectedClaimant, day: workshop.day, parameters: workshop.parameters)
        guard workshop.whyFormulas else {
            drawPlain(workshop, target: target, explanation: explanation, lang: lang, area: area, into: &grid)
            return
        }
        let text = ExplanationText(simulation: workshop.simulation, lang: lang, glyphs: grid.glyphs)
        var body: [String]
        var chart: [PaneLine] = [], after: [String] = []
        switch target {
        case .score(let index):
            let score = explanation.scores[index]
            body = text.scoreLines(score)
            // A trained score: its contributions as ranked bars instead of the engine's text of them.
            if let model = workshop.ruleset.scores[index].model, score.contributions != nil, body.count >= 2 {
                let modelCount = text.modelLines(score, model).count
                after = Array(body.dropFirst(2 + modelCount))
                body = Array(body.prefix(2))
                chart = WhyContributionsView.lines(workshop, score: score, model: model, lang: lang, width: area.width, glyphs: grid.glyphs)
            }
        case .alert(let index):
            let rule = explanation.alerts[index]
            let alert = workshop.ruleset.alerts[index]
            body = text.ruleLines(rule, label: alert.label.resolve(lang), provenance: alert.provenance)
            // An alert on a trained score: what weighed in that score, as bars, under the rule.
            if let index = workshop.ruleset.scores.indices.first(where: { workshop.ruleset.scores[$0].model != nil && (alert.when.text.contains(workshop.ruleset.scores[$0].id) || alert.rank?.score == workshop.ruleset.scores[$0].id) }),
               let model = workshop.ruleset.scores[index].model, explanation.scores[index].contributions != nil {
                chart = WhyContributionsView.lines(workshop, score: explanation.scores[index], model: model, lang: lang, width: area.width, glyphs: grid.glyphs)
            }
        }
        var lines = header(workshop, explanation: explanation, lang: lang)
        func add(_ body: [String]) {
            for line in body {
                let role: Role = line.contains("⚑") || line.contains("[x]") ? .alert : .normal
                for piece in TextLayout.wrap(line, width: max(10, area.width - 2), hangingIndent: 2) {
                    lines.append(PaneLine(piece, role))
                }
            }
        }
        add(body)
        for line in chart {
            // Plain-text lines (titles, notes) wrap; the bar lines are drawn as they are.
            if line.runs.count == 1 {
                for piece in TextLayout.wrap(line.runs[0].0, width: max(10, area.width - 2), hangingIndent: 2) { lines.append(PaneLine(piece, line.runs[0].1)) }
            } else {
                lines.append(line)
            }
        }
        add(after)
        PaneDrawing.draw(lines, area: area, scroll: workshop.whyScroll, selected: nil, into: &grid)
    }
}

extension WhyView {
    /// The pane's title and its key hints (scroll, close, and `F` to switch sentences and formulas).
    static func header(_ workshop: WorkshopState, explanation: ClaimantExplanation, lang: Lang) -> [PaneLine] {
        let switchHint = workshop.whyFormulas ? Strings.whyFormulasHint(lang) : Strings.whyPlainHint(lang)
        return [PaneLine(runs: [(Strings.consoleWhyTitle(lang) + " — ", .title), (explanation.claimantName + ", " + Strings.consoleDayShort.format(lang, String(workshop.day)), .title)]),
                PaneLine(Strings.consoleWhyHint(lang) + " · " + switchHint, .dim)]
    }

    /// « Pourquoi ? » in sentences (the default): the alert or score in words, the scores behind it,
    /// and for a trained score its contributions as bars.
    static func drawPlain(_ workshop: WorkshopState, target: WorkshopState.WhyTarget, explanation: ClaimantExplanation, lang: Lang, area: PaneArea, into grid: inout CellGrid) {
        let plain = PlainExplanation(simulation: workshop.simulation, lang: lang, glyphs: grid.glyphs)
        var body: [String] = []
        var chart: [PaneLine] = []
        var roleOfFirst: Role = .normal
        switch target {
        case .score(let index):
            let score = explanation.scores[index]
            if let model = workshop.ruleset.scores[index].model, score.contributions != nil {
                body = [plain.scoreHeadline(score, in: explanation)]
                chart = WhyContributionsView.lines(workshop, score: score, model: model, lang: lang, width: area.width, glyphs: grid.glyphs)
            } else {
                body = plain.scoreLines(score, in: explanation)
            }
            if let level = score.chosenLevel { roleOfFirst = ScreenRenderer.role(workshop.ruleset.scores[index].levels[level].severity) }
        case .alert(let index):
            let rule = explanation.alerts[index]
            body = plain.alertLines(rule, in: explanation)
            roleOfFirst = rule.fired ? .alert : .normal
            let alert = workshop.ruleset.alerts[index]
            if let scoreIndex = workshop.ruleset.scores.indices.first(where: { workshop.ruleset.scores[$0].model != nil && alert.when.text.contains(workshop.ruleset.scores[$0].id) }),
               let model = workshop.ruleset.scores[scoreIndex].model, explanation.scores[scoreIndex].contributions != nil {
                chart = WhyContributionsView.lines(workshop, score: explanation.scores[scoreIndex], model: model, lang: lang, width: area.width, glyphs: grid.glyphs)
            }
        }
        var lines = header(workshop, explanation: explanation, lang: lang)
        lines.append(PaneLine(""))
        for (number, line) in body.enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let role: Role = number == 0 ? roleOfFirst : (indent == 0 || line.hasSuffix(":") ? .title : .normal)
            for piece in TextLayout.wrap(line, width: max(10, area.width - 2), hangingIndent: 2) {
                lines.append(PaneLine(piece, role))
            }
        }
        for line in chart {
            if line.runs.count == 1 {
                for piece in TextLayout.wrap(line.runs[0].0, width: max(10, area.width - 2), hangingIndent: 2) { lines.append(PaneLine(piece, line.runs[0].1)) }
            } else {
                lines.append(line)
            }
        }
        PaneDrawing.draw(lines, area: area, scroll: workshop.whyScroll, selected: nil, into: &grid)
    }
}
