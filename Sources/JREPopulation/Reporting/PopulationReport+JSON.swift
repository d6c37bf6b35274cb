import JRECore
import JREText

extension PopulationReport {
    /// The report as JSON: every count and share, groups with ratios, projections and histograms.
    /// `capacities` (from `--capacity`) add a `capacities` array at the end.
    public func json(_ lang: Lang, capacities: [CapacityReport] = []) -> String {
        var writer = JSONWriter()
        writer.open()
        writer.open("population")
        switch origin {
        case .synthetic(let population):
            writer.string("source", "synthetic")
            writer.number("size", Double(population.size))
            writer.string("seed", String(population.seed))
            writer.number("days", Double(population.days))
        case .folder(let path, let claimants):
            writer.string("source", "folder")
            writer.string("path", path)
            writer.number("size", Double(claimants))
            writer.number("days", Double(days))
        }
        writer.close()
        writer.string("ruleset", rules.id)
        writer.number("day", Double(day))
        writer.open("changed_parameters", array: true)
        for parameter in changedParameters {
            writer.open()
            writer.string("id", parameter.id)
            writer.number("value", parameter.value)
            writer.number("default", parameter.defaultValue)
            writer.close()
        }
        writer.close(array: true)
        writer.number("claimants", Double(tally.claimants))
        writer.number("evaluation_errors", Double(tally.faults))
        writer.open("any_alert")
        share(&writer, flagged)
        writer.number("new_this_week", Double(tally.newlyFlagged))
        writer.close()
        writer.open("alerts", array: true)
        for (index, alert) in rules.alerts.enumerated() {
            writer.open()
            writer.string("id", alert.id)
            writer.string("label", alert.label.resolve(lang))
            share(&writer, alerts[index])
            writer.number("new_this_week", Double(tally.alertOnsets[index]))
            writer.number("national", Self.national(alerts[index]))
            writer.close()
        }
        writer.close(array: true)
        writer.open("levels", array: true)
        for (score, shares) in levels {
            writer.open()
            writer.string("score", rules.scores[score].id)
            writer.open("levels", array: true)
            for (index, level) in rules.scores[score].levels.enumerated() {
                writer.open()
                writer.string("name", level.name)
                writer.string("severity", level.severity.rawValue)
                share(&writer, shares[index])
                writer.close()
            }
            writer.close(array: true)
            writer.close()
        }
        writer.close(array: true)
        writer.open("advice", array: true)
        for (index, entry) in rules.advice.enumerated() {
            writer.open()
            writer.string("text", entry.text.resolve(lang))
            share(&writer, advice[index])
            writer.close()
        }
        writer.close(array: true)
        writer.open("false_alerts")
        writer.number("active_searchers", falseAlerts == nil ? nil : Double(tally.activeSearchers))
        if let falseAlerts, let byAlert = falseAlertsByAlert {
            share(&writer, falseAlerts)
            writer.open("alerts", array: true)
            for (index, alert) in rules.alerts.enumerated() {
                writer.open()
                writer.string("id", alert.id)
                share(&writer, byAlert[index])
                writer.close()
            }
            writer.close(array: true)
        }
        writer.close()
        writer.open("projection")
        writer.number("national_base", Double(Self.nationalClaimants))
        writer.number("flagged", Self.national(flagged))
        writer.open("per_advisor", array: true)
        for (index, caseload) in Self.caseloads.enumerated() {
            writer.open()
            writer.number("caseload", Double(caseload))
            writer.number("flagged", flaggedPerAdvisor?[index])
            writer.number("new_alerts_per_week", newAlertsPerAdvisorWeek?[index])
            writer.close()
        }
        writer.close(array: true)
        writer.close()
        writer.open("groups", array: true)
        for table in groups { group(&writer, table) }
        writer.close(array: true)
        writer.open("histograms", array: true)
        for score in rules.scores.indices { histogram(&writer, score) }
        writer.close(array: true)
        if !capacities.isEmpty {
            writer.open("capacities", array: true)
            for capacity in capacities { capacity.json(into: &writer) }
            writer.close(array: true)
        }
        writer.close()
        return writer.output + "\n"
    }

    private func share(_ writer: inout JSONWriter, _ share: Share) {
        writer.number("count", Double(share.count))
        writer.number("share", share.share)
    }

    private func group(_ writer: inout JSONWriter, _ table: GroupTable) {
        writer.open()
        writer.string("attribute", table.attribute)
        writer.string("reference", table.reference)
        writer.open("groups", array: true)
        for line in table.lines {
            writer.open()
            writer.string("value", line.value)
            writer.number("claimants", Double(line.claimants))
            writer.open("any_alert")
            share(&writer, line.flagged)
            writer.number("ratio", line.ratio)
            writer.bool("outside_tolerance", line.ratioOutsideTolerance)
            writer.close()
            writer.open("alerts", array: true)
            for (index, alert) in rules.alerts.enumerated() {
                writer.open()
                writer.string("id", alert.id)
                share(&writer, line.alerts[index])
                writer.number("ratio", line.alertRatios[index])
                writer.bool("outside_tolerance", line.alertRatioOutside(index))
                writer.close()
            }
            writer.close(array: true)
            writer.number("active_searchers", line.falseAlerts == nil ? nil : Double(line.activeSearchers))
            writer.number("false_alert_rate", line.falseAlerts?.share)
            writer.close()
        }
        writer.close(array: true)
        writer.close()
    }

    private func histogram(_ writer: inout JSONWriter, _ score: Int) {
        let (bins, never, faults) = tally.histogram(score: score)
        writer.open()
        writer.string("score", rules.scores[score].id)
        writer.open("bins", array: true)
        for (index, count) in bins.enumerated() where count > 0 {
            writer.open()
            writer.number("from", Double(index + PopulationTally.histogramLow))
            writer.number("count", Double(count))
            writer.close()
        }
        writer.close(array: true)
        writer.number("never", Double(never))
        writer.number("errors", Double(faults))
        writer.close()
    }
}
