import JRECore
import JREText

extension PopulationReport {
    /// The report as one long table for a spreadsheet: `section,attribute,group,item,measure,value`.
    /// `capacities` (from `--capacity`) add rows of section `capacity` at the end.
    public func csv(_ lang: Lang, capacities: [CapacityReport] = []) -> String {
        var lines = ["section,attribute,group,item,measure,value"]
        func add(_ section: String, attribute: String = "", group: String = "", item: String = "", measure: String, _ value: Double?) {
            let text = value.map { $0.isFinite ? NumberFormat.json($0) : "" } ?? ""
            lines.append([section, attribute, group, item, measure].map { CSVSyntax.escape($0) }.joined(separator: ",") + "," + text)
        }
        add("population", measure: "claimants", Double(tally.claimants))
        add("population", measure: "day", Double(day))
        add("population", measure: "evaluation_errors", Double(tally.faults))
        add("alerts", item: "any", measure: "count", Double(flagged.count))
        add("alerts", item: "any", measure: "share", flagged.share)
        add("alerts", item: "any", measure: "new_this_week", Double(tally.newlyFlagged))
        for (index, alert) in rules.alerts.enumerated() {
            add("alerts", item: alert.id, measure: "count", Double(alerts[index].count))
            add("alerts", item: alert.id, measure: "share", alerts[index].share)
            add("alerts", item: alert.id, measure: "new_this_week", Double(tally.alertOnsets[index]))
        }
        for (score, shares) in levels {
            for (index, level) in rules.scores[score].levels.enumerated() {
                add("levels", item: rules.scores[score].id + "." + level.name, measure: "count", Double(shares[index].count))
                add("levels", item: rules.scores[score].id + "." + level.name, measure: "share", shares[index].share)
            }
        }
        for (index, entry) in rules.advice.enumerated() {
            add("advice", item: entry.id.isEmpty ? String(index + 1) : entry.id, measure: "share", advice[index].share)
        }
        if let falseAlerts, let byAlert = falseAlertsByAlert {
            add("false_alerts", item: "any", measure: "active_searchers", Double(tally.activeSearchers))
            add("false_alerts", item: "any", measure: "rate", falseAlerts.share)
            for (index, alert) in rules.alerts.enumerated() { add("false_alerts", item: alert.id, measure: "rate", byAlert[index].share) }
        }
        add("projection", item: "any", measure: "national", Self.national(flagged))
        for (index, alert) in rules.alerts.enumerated() { add("projection", item: alert.id, measure: "national", Self.national(alerts[index])) }
        for (index, caseload) in Self.caseloads.enumerated() {
            add("projection", item: "caseload_\(caseload)", measure: "flagged_per_advisor", flaggedPerAdvisor?[index])
            add("projection", item: "caseload_\(caseload)", measure: "new_alerts_per_week", newAlertsPerAdvisorWeek?[index])
        }
        for table in groups {
            for line in table.lines {
                let group = line.value
                add("groups", attribute: table.attribute, group: group, item: "any", measure: "claimants", Double(line.claimants))
                add("groups", attribute: table.attribute, group: group, item: "any", measure: "rate", line.flagged.share)
                add("groups", attribute: table.attribute, group: group, item: "any", measure: "ratio", line.ratio)
                add("groups", attribute: table.attribute, group: group, item: "any", measure: "outside_tolerance", line.ratioOutsideTolerance ? 1 : 0)
                for (index, alert) in rules.alerts.enumerated() {
                    add("groups", attribute: table.attribute, group: group, item: alert.id, measure: "rate", line.alerts[index].share)
                    add("groups", attribute: table.attribute, group: group, item: alert.id, measure: "ratio", line.alertRatios[index])
                    add("groups", attribute: table.attribute, group: group, item: alert.id, measure: "outside_tolerance", line.alertRatioOutside(index) ? 1 : 0)
                }
                if let falseAlerts = line.falseAlerts { add("groups", attribute: table.attribute, group: group, item: "any", measure: "false_alert_rate", falseAlerts.share) }
                add("groups", attribute: table.attribute, group: group, item: "any", measure: "reference", line.isReference ? 1 : 0)
            }
        }
        for score in rules.scores.indices {
            let (bins, never, _) = tally.histogram(score: score)
            for (index, count) in bins.enumerated() where count > 0 {
                add("histogram", item: rules.scores[score].id, measure: String(index + PopulationTally.histogramLow), Double(count))
            }
            if never > 0 { add("histogram", item: rules.scores[score].id, measure: "never", Double(never)) }
        }
        for capacity in capacities { lines += capacity.csvRows() }
        return lines.joined(separator: "\n") + "\n"
    }
}
