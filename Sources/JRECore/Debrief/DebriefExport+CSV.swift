import JREText

extension DebriefExport {
    /// The debrief as one table for spreadsheets: a row per claimant and day, with each alert on (1)
    /// or off (0), the true situation (and, when the scenario has them, the overpayment really owed
    /// and the return to work), and the decisions the room took that day with the alerts they saw.
    ///
    /// The header names each column in the document's language (an alert column by the alert's
    /// label); the claimant's and the decision's codes keep their own columns for tools.
    /// Sums of an alert column by day give the alert counts; filters on the situation give the cohort
    /// figures. Several decisions on one day are separated by ` | `; the alerts showing within one by `;`.
    public func csv() -> String {
        var header = [Strings.exportCsvDay(lang), Strings.exportCsvDate(lang), Strings.exportCsvClaimant(lang), Strings.exportCsvName(lang),
                      Strings.exportCsvSituation(lang)]
        // The hidden truths the screen shows, when the scenario has them: the overpayment really owed, the return to work.
        let owes = debrief.claimants.contains { $0.overpayment != nil }, returns = debrief.claimants.contains { $0.returnedToWork != nil }
        if owes { header += [Strings.exportCsvOverpaymentAmount(lang), Strings.exportCsvOverpaymentCause(lang)] }
        if returns { header.append(Strings.exportCsvReturnedToWork(lang)) }
        header += debrief.alertIds.indices.map { Strings.exportCsvAlert.format(lang, alertLabel(index: $0)) }
        header += [Strings.exportCsvDecisionCode(lang), Strings.exportCsvDecision(lang), Strings.exportCsvDecisionAlerts(lang), Strings.exportCsvJustification(lang)]
        var lines = [header.map(CSV.field).joined(separator: ",")]
        for story in debrief.claimants {
            let on = story.alertDays.map(Set.init)
            for day in days {
                let decisions = story.decisions.filter { $0.day == day }
                var row = [String(day), scenario.date(ofDay: day).description, story.id, story.name, story.situation.map { Self.situationText($0, lang: lang) } ?? ""]
                if owes {
                    row.append(story.overpayment.map { NumberFormat.json($0.amount) } ?? "")
                    row.append(story.overpayment.map { Debrief.causeText($0.cause, lang: lang) } ?? "")
                }
                if returns { row.append(story.returnedToWork.map { $0 ? "1" : "0" } ?? "") }
                row += on.map { $0.contains(day) ? "1" : "0" }
                row.append(decisions.map(\.decision).joined(separator: " | "))
                row.append(decisions.map(decisionLabel).joined(separator: " | "))
                row.append(decisions.map { $0.alerts.map(alertLabel).joined(separator: "; ") }.joined(separator: " | "))
                row.append(decisions.map { $0.justification ?? "" }.joined(separator: " | "))
                lines.append(row.map(CSV.field).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
