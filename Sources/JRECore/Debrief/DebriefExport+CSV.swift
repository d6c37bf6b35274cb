extension DebriefExport {
    /// The debrief as one table for spreadsheets: a row per claimant and day, with each alert on (1)
    /// or off (0), the true situation, and the decisions the room took that day with the alerts they saw.
    ///
    /// Sums of an alert column by day give the alert counts; filters on `situation` give the cohort
    /// figures. Several decisions on one day are separated by ` | `; alert ids within one by `;`.
    public func csv() -> String {
        var header = ["day", "date", "claimant", "name", "situation"]
        header += debrief.alertIds
        header += ["decision", "decision_label", "decision_alerts", "justification"]
        var lines = [header.map(CSV.field).joined(separator: ",")]
        for story in debrief.claimants {
            let on = story.alertDays.map(Set.init)
            for day in days {
                let decisions = story.decisions.filter { $0.day == day }
                var row = [String(day), scenario.date(ofDay: day).description, story.id, story.name, story.situation?.rawValue ?? ""]
                row += on.map { $0.contains(day) ? "1" : "0" }
                row.append(decisions.map(\.decision).joined(separator: " | "))
                row.append(decisions.map(decisionLabel).joined(separator: " | "))
                row.append(decisions.map { $0.alerts.joined(separator: ";") }.joined(separator: " | "))
                row.append(decisions.map { $0.justification ?? "" }.joined(separator: " | "))
                lines.append(row.map(CSV.field).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
