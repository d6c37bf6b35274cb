import Foundation
import JREText

extension DebriefExport {
    /// The debrief as Markdown: headings, lists, tables, and timelines as fixed-width strips.
    public func markdown() -> String {
        var out: [String] = []
        out.append("# " + Strings.exportTitle.format(lang, debrief.scenarioTitle.resolve(lang)))
        out.append("")
        out.append("> **" + Self.markdownEscape(Strings.exportNotice(lang)) + "**")
        out.append("")
        out.append(Self.markdownEscape(Strings.exportScenarioLine.format(lang, debrief.scenarioTitle.resolve(lang), debrief.scenarioId,
                                                                        debrief.rulesetTitle.resolve(lang), debrief.rulesetId)) + "  ")
        out.append(Strings.exportPeriodLine.format(lang, shortDate(1), String(debrief.lastDay), shortDate(debrief.lastDay)))
        out.append("")
        out.append("*" + Self.markdownEscape(Strings.exportStripNote(lang)) + "*")
        out.append("")
        out += markdownCohort()
        out += markdownCounts()
        out += markdownThresholds()
        out += markdownParameters()
        out.append("## " + Strings.exportClaimantsHeading(lang))
        out.append("")
        for story in debrief.claimants { out += markdownClaimant(story) }
        return out.joined(separator: "\n") + "\n"
    }

    private func markdownCohort() -> [String] {
        var out = ["## " + Strings.exportCohortHeading(lang), ""]
        for line in cohortLines() { out.append("- " + Self.markdownEscape(line.text)) }
        out.append("")
        return out
    }

    /// The cohort figures as sentences, each with its nesting level (1 for the alert-day breakdown).
    func cohortLines() -> [(text: String, level: Int)] {
        let flagged = debrief.claimants.filter(\.wasEverFlagged).count
        guard debrief.hasActualFraud else {
            return [
                (Strings.exportCohortClaimants.format(lang, count: debrief.claimants.count) + ", " + Strings.exportCohortFlagged.format(lang, count: flagged), 0),
                (Strings.exportCohortDecisions.format(lang, count: debrief.decisions.count) + ", " + Strings.exportCohortUnderAlert.format(lang, count: debrief.decisionsFollowingAlert), 0),
                (Strings.exportCohortAlertDays.format(lang, count: debrief.alertDays), 0),
                (Strings.exportCohortExplained.format(lang, NumberText.count(debrief.alertDaysExplainedByContext, lang)), 1),
                (Strings.exportCohortActiveSearch.format(lang, NumberText.count(debrief.alertDaysOnActiveSearch, lang)), 1),
                (Strings.exportCohortSituations.format(lang, count: debrief.claimants.count, NumberText.count(debrief.claimantsWithSituation, lang)), 0),
            ]
        }
        // Fraud alerts: borne out on the people who really defrauded, false on every honest person.
        let frauds = debrief.defrauding, honest = debrief.honest
        return [
            (Strings.exportCohortClaimants.format(lang, count: debrief.claimants.count) + ", " + Strings.exportCohortFlagged.format(lang, count: flagged), 0),
            (Strings.exportCohortFrauds.format(lang, count: frauds.count, NumberText.count(frauds.filter(\.wasEverFlagged).count, lang)) + (lang == .fr ? " ; " : "; ")
                + Strings.exportCohortHonestFlagged.format(lang, count: honest.filter(\.wasEverFlagged).count, NumberText.count(honest.count, lang)), 0),
            (Strings.exportCohortDecisions.format(lang, count: debrief.decisions.count) + ", " + Strings.exportCohortUnderAlert.format(lang, count: debrief.decisionsFollowingAlert), 0),
            (Strings.exportCohortAlertDays.format(lang, count: debrief.alertDays), 0),
            (Strings.exportCohortOnFraud.format(lang, NumberText.count(debrief.alertDaysOnFraud, lang)), 1),
            (Strings.exportCohortOnHonest.format(lang, NumberText.count(debrief.alertDaysOnHonest, lang)), 1),
            (Strings.exportCohortSituations.format(lang, count: debrief.claimants.count, NumberText.count(debrief.claimantsWithSituation, lang)), 0),
        ]
    }

    private func markdownCounts() -> [String] {
        var out = ["## " + Strings.exportCountsHeading(lang), ""]
        let total = debrief.claimants.count
        out.append("| " + [Strings.exportCountsColumnAlert(lang), Strings.exportCountsColumnPeak(lang),
                           Strings.exportCountsColumnLast.format(lang, String(debrief.lastDay)), Strings.exportCountsColumnShape(lang)].joined(separator: " | ") + " |")
        out.append("| --- | ---: | ---: | --- |")
        for alert in debrief.alertIds.indices {
            let counts = debrief.alertCounts[alert]
            let peak = peak(alert: alert)
            let shape = "`" + Self.weekGroups(counts.map { Self.sparkBlock($0, of: total) }) + "`"
            out.append("| " + [Self.tableCell(alertLabel(index: alert)), "\(peak.count)/\(total) (\(peak.day))", "\(counts.last ?? 0)/\(total)", shape].joined(separator: " | ") + " |")
        }
        out.append("")
        let changes = countChangeDays()
        guard !changes.isEmpty else {
            out.append(Strings.exportCountsNone(lang))
            out.append("")
            return out
        }
        out.append("### " + Strings.exportCountsChangesHeading(lang))
        out.append("")
        out.append("| " + ([Strings.exportColumnDay(lang)] + debrief.alertIds.indices.map { Self.tableCell(alertLabel(index: $0)) }).joined(separator: " | ") + " |")
        out.append("| " + Array(repeating: "---:", count: debrief.alertIds.count + 1).joined(separator: " | ") + " |")
        for day in changes {
            out.append("| " + (["\(day) (\(DateText.compact(scenario.date(ofDay: day))))"] + debrief.alertIds.indices.map { String(debrief.alertCounts[$0][day - 1]) }).joined(separator: " | ") + " |")
        }
        out.append("")
        return out
    }

    /// Day 1 and every later day on which some alert's count differs from the day before (empty if nobody is ever flagged).
    func countChangeDays() -> [Int] {
        guard debrief.alertCounts.contains(where: { $0.contains { $0 > 0 } }) else { return [] }
        return days.filter { day in day == 1 || debrief.alertCounts.contains { $0[day - 1] != $0[day - 2] } }
    }

    private func markdownThresholds() -> [String] {
        var out = ["## " + Strings.exportThresholdsHeading(lang), ""]
        guard !debrief.thresholdChanges.isEmpty else {
            return out + [Strings.exportThresholdsNone(lang), ""]
        }
        out.append("| " + [Strings.exportColumnDay(lang), Strings.exportColumnChange(lang), Strings.exportColumnMoved(lang)].joined(separator: " | ") + " |")
        out.append("| ---: | --- | --- |")
        for change in debrief.thresholdChanges {
            out.append("| \(change.day) | " + Self.tableCell(changeDescription(change)) + " | " + movedPhrases(change).map(Self.tableCell).joined(separator: "<br>") + " |")
        }
        out.append("")
        return out
    }

    private func markdownParameters() -> [String] {
        var out = ["## " + Strings.exportParametersHeading(lang), ""]
        out.append(Strings.exportParametersSummary.format(lang, count: changedParameters.count, NumberText.count(debrief.parameters.count, lang)))
        out.append("")
        out.append("| " + [Strings.exportColumnParameter(lang), Strings.exportColumnInForce(lang), Strings.exportColumnDefault(lang), ""].joined(separator: " | ") + " |")
        out.append("| --- | ---: | ---: | --- |")
        for parameter in debrief.parameters {
            let changed = parameter.value != parameter.defaultValue
            let name = Self.tableCell(parameterLabel(parameter.id)) + " (`" + parameter.id + "`)"
            let value = parameterValue(parameter.id, parameter.value)
            out.append("| " + [name, changed ? "**" + value + "**" : value, parameterValue(parameter.id, parameter.defaultValue),
                               changed ? Strings.exportChangedMark(lang) : ""].joined(separator: " | ") + " |")
        }
        out.append("")
        return out
    }

    private func markdownClaimant(_ story: Debrief.ClaimantStory) -> [String] {
        var out = ["### " + Self.markdownEscape(story.name) + " (`" + story.id + "`)", ""]
        out.append("**" + Self.markdownEscape(situationSentence(story.situation)) + "**")
        if let returned = story.returnedToWork {
            out.append("")
            out.append("**" + Self.markdownEscape(returned ? Strings.debriefReturnedToWork(lang) : Strings.debriefNotReturnedToWork(lang)) + "**")
        }
        out.append("")
        if story.wasEverFlagged {
            for (alert, days) in story.alertDays.enumerated() {
                out.append("- " + Self.markdownEscape(alertDaysSentence(alert: alert, days: days)))
                // The sentence « Pourquoi ? » gives, so that the room reads why, not only which.
                if let why = debrief.alertReasonLine(story, alert: alert, simulation: simulation, lang: lang) { out.append("  - " + Self.markdownEscape(why)) }
            }
        } else {
            out.append("- " + Strings.exportNeverFlagged(lang))
        }
        out.append("")
        out.append("```")
        out += textStrip(story)
        out.append("```")
        out.append("")
        out.append("**" + Strings.exportDecisionsHeading(lang) + "**")
        out.append("")
        if story.decisions.isEmpty {
            out.append("- " + Strings.exportNoDecision(lang))
        } else {
            for record in story.decisions { out.append("- " + Self.markdownEscape(decisionSentence(record))) }
        }
        out.append("")
        out.append("**" + Strings.exportContextHeading(lang) + "**")
        out.append("")
        let context = story.context?.resolve(lang) ?? ""
        out.append("> " + Self.markdownEscape(context.isEmpty ? Strings.exportNoContext(lang) : context))
        out.append("")
        if let overpayment = story.overpayment {
            out.append("**" + Strings.debriefOverpaymentHeader(lang) + "**" + (lang == .fr ? " : " : ": ") + Self.markdownEscape(Debrief.overpaymentText(overpayment, lang: lang)))
            out.append("")
        }
        return out
    }

    /// A claimant's timeline in fixed-width text: a day ruler, one row per alert (`█` on, `·` off)
    /// and a row with `▲` on the days of decisions; days in groups of seven.
    func textStrip(_ story: Debrief.ClaimantStory) -> [String] {
        let labels = debrief.alertIds.indices.map { alertLabel(index: $0) } + [Strings.exportStripDecisions(lang)]
        let width = (labels.map(\.count).max() ?? 0) + 2
        func row(_ label: String, _ cells: [Character]) -> String {
            label.padding(toLength: width, withPad: " ", startingAt: 0) + Self.weekGroups(cells)
        }
        var ruler = Array(repeating: Character(" "), count: debrief.lastDay + (debrief.lastDay - 1) / 7)
        for day in stride(from: 1, through: debrief.lastDay, by: 7) {
            let position = (day - 1) + (day - 1) / 7
            for (offset, character) in String(day).enumerated() where position + offset < ruler.count { ruler[position + offset] = character }
        }
        var lines = [String(repeating: " ", count: width) + String(ruler)]
        for (alert, on) in story.alertDays.enumerated() {
            let set = Set(on)
            lines.append(row(labels[alert], days.map { set.contains($0) ? "█" : "·" }))
        }
        let decided = Set(story.decisions.map(\.day))
        lines.append(row(labels[labels.count - 1], days.map { decided.contains($0) ? "▲" : "·" }))
        return lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
    }

    /// Cells in groups of seven (one per week), separated by a space.
    static func weekGroups(_ cells: [Character]) -> String {
        var text = ""
        for (index, cell) in cells.enumerated() {
            if index > 0 && index % 7 == 0 { text += " " }
            text.append(cell)
        }
        return text
    }

    /// A count as a block of height proportional to `count / total` (`·` for zero).
    static func sparkBlock(_ count: Int, of total: Int) -> Character {
        guard count > 0, total > 0 else { return "·" }
        let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let level = (count * blocks.count + total - 1) / total
        return blocks[max(1, min(blocks.count, level)) - 1]
    }

    /// Text safe in a Markdown table cell: no pipe, no line break.
    static func tableCell(_ text: String) -> String {
        markdownEscape(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Text safe as Markdown inline content: markup characters escaped, line breaks folded.
    static func markdownEscape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#": result += "\\" + String(character)
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
