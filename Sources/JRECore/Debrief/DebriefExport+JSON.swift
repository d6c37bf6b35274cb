import JREText

extension DebriefExport {
    /// The whole debrief as JSON, keys in a fixed order, for tools.
    public func json() -> String {
        var json = JSONWriter()
        json.open()
        json.string("scenario", debrief.scenarioId)
        json.string("scenario_title", debrief.scenarioTitle.resolve(lang))
        json.string("ruleset", debrief.rulesetId)
        json.string("ruleset_title", debrief.rulesetTitle.resolve(lang))
        json.string("notice", Strings.exportNotice(lang))
        json.number("last_day", Double(debrief.lastDay))
        json.string("first_date", scenario.date(ofDay: 1).description)
        json.string("last_date", scenario.date(ofDay: debrief.lastDay).description)
        json.open("alerts", array: true)
        for alert in debrief.alertIds.indices {
            json.open()
            json.string("id", debrief.alertIds[alert])
            json.string("label", alertLabel(index: alert))
            json.close()
        }
        json.close(array: true)
        writeCohort(&json)
        writeCounts(&json)
        writeThresholdChanges(&json)
        writeParameters(&json)
        json.open("claimants", array: true)
        for story in debrief.claimants { writeClaimant(story, &json) }
        json.close(array: true)
        json.close()
        return json.output + "\n"
    }

    private func writeCohort(_ json: inout JSONWriter) {
        json.open("cohort")
        json.number("claimants", Double(debrief.claimants.count))
        json.number("claimants_flagged", Double(debrief.claimants.filter(\.wasEverFlagged).count))
        json.number("claimants_with_situation", Double(debrief.claimantsWithSituation))
        json.number("decisions", Double(debrief.decisions.count))
        json.number("decisions_following_alert", Double(debrief.decisionsFollowingAlert))
        json.number("alert_days", Double(debrief.alertDays))
        json.number("alert_days_explained_by_context", Double(debrief.alertDaysExplainedByContext))
        json.number("alert_days_on_active_search", Double(debrief.alertDaysOnActiveSearch))
        if debrief.hasActualFraud {
            // Fraud alerts: borne out on the people who really defrauded, false on every honest person.
            json.number("claimants_defrauding", Double(debrief.defrauding.count))
            json.number("claimants_defrauding_flagged", Double(debrief.defrauding.filter(\.wasEverFlagged).count))
            json.number("honest_claimants", Double(debrief.honest.count))
            json.number("honest_claimants_flagged", Double(debrief.honest.filter(\.wasEverFlagged).count))
            json.number("alert_days_on_fraud", Double(debrief.alertDaysOnFraud))
            json.number("alert_days_on_honest", Double(debrief.alertDaysOnHonest))
        }
        json.close()
    }

    /// `alert_counts`: for each alert id, the number of claimants under it on days 1…last_day.
    private func writeCounts(_ json: inout JSONWriter) {
        json.open("alert_counts")
        for (alert, id) in debrief.alertIds.enumerated() {
            json.open(id, array: true)
            for count in debrief.alertCounts[alert] { json.number(nil, Double(count)) }
            json.close(array: true)
        }
        json.close()
    }

    private func writeThresholdChanges(_ json: inout JSONWriter) {
        if debrief.thresholdChanges.isEmpty { json.emptyArray("threshold_changes"); return }
        json.open("threshold_changes", array: true)
        for change in debrief.thresholdChanges {
            json.open()
            json.number("day", Double(change.day))
            json.bool("reset", change.to == nil)
            json.string("parameter", change.to == nil ? nil : change.parameter)
            json.string("label", change.to == nil ? nil : parameterLabel(change.parameter))
            json.number("from", change.from)
            json.number("to", change.to)
            json.string("description", changeDescription(change))
            json.open("moved")
            for moved in change.changes {
                json.open(debrief.alertIds[moved.alert])
                writeClaimantList("gained", moved.gained, &json)
                writeClaimantList("lost", moved.lost, &json)
                json.close()
            }
            json.close()
            json.close()
        }
        json.close(array: true)
    }

    private func writeClaimantList(_ name: String, _ indices: [Int], _ json: inout JSONWriter) {
        if indices.isEmpty { json.emptyArray(name); return }
        json.open(name, array: true)
        for index in indices {
            json.open()
            json.string("id", scenario.claimants[index].id)
            json.string("name", scenario.claimants[index].name)
            json.close()
        }
        json.close(array: true)
    }

    private func writeParameters(_ json: inout JSONWriter) {
        json.open("parameters", array: true)
        for parameter in debrief.parameters {
            json.open()
            json.string("id", parameter.id)
            json.string("label", parameterLabel(parameter.id))
            json.number("value", parameter.value)
            json.number("default", parameter.defaultValue)
            json.bool("changed", parameter.value != parameter.defaultValue)
            json.close()
        }
        json.close(array: true)
    }

    private func writeClaimant(_ story: Debrief.ClaimantStory, _ json: inout JSONWriter) {
        json.open()
        json.string("id", story.id)
        json.string("name", story.name)
        json.string("situation", story.situation?.rawValue)
        json.string("situation_label", story.situation.map { Self.situationText($0, lang: lang) })
        json.bool("explains_signal", story.situation?.explainsSignal ?? false)
        json.bool("active_search", story.situation?.isActiveSearch ?? false)
        if debrief.hasActualFraud { json.bool("actual_fraud", story.situation?.isActualFraud ?? false) }
        if let returned = story.returnedToWork { json.bool("returned_to_work", returned) }
        let context = story.context?.resolve(lang) ?? ""
        json.string("context", context.isEmpty ? nil : context)
        if let overpayment = story.overpayment {
            json.open("overpayment")
            json.number("amount", overpayment.amount)
            json.string("cause", overpayment.cause.rawValue)
            json.string("text", Debrief.overpaymentText(overpayment, lang: lang))
            json.close()
        }
        json.open("alert_days")
        for (alert, days) in story.alertDays.enumerated() {
            json.open(debrief.alertIds[alert])
            json.number("count", Double(days.count))
            if days.isEmpty { json.emptyArray("runs") } else {
                json.open("runs", array: true)
                for run in Self.runs(days) {
                    json.open()
                    json.number("from", Double(run.lowerBound))
                    json.number("to", Double(run.upperBound))
                    json.close()
                }
                json.close(array: true)
            }
            // The « Pourquoi ? » sentence on the alert's last day on (absent if it never fired).
            if let reason = debrief.alertReason(story, alert: alert, simulation: simulation, lang: lang) {
                json.number("reason_day", Double(reason.day))
                json.string("reason", reason.text)
            }
            json.close()
        }
        json.close()
        if story.decisions.isEmpty { json.emptyArray("decisions") } else {
            json.open("decisions", array: true)
            for record in story.decisions { writeDecision(record, &json) }
            json.close(array: true)
        }
        json.close()
    }

    private func writeDecision(_ record: DecisionRecord, _ json: inout JSONWriter) {
        json.open()
        json.number("day", Double(record.day))
        json.string("date", record.date)
        json.string("decision", record.decision)
        json.string("label", decisionLabel(record))
        json.string("justification", record.justification)
        writeStrings("evidence", record.evidence, &json)
        writeStrings("alerts", record.alerts, &json)
        json.open("levels")
        for key in record.levels.keys.sorted() { json.string(key, record.levels[key]) }
        json.close()
        json.open("scores")
        for key in record.scores.keys.sorted() { json.number(key, record.scores[key] ?? nil) }
        json.close()
        json.open("parameters")
        for key in record.parameters.keys.sorted() { json.number(key, record.parameters[key]) }
        json.close()
        json.close()
    }

    private func writeStrings(_ name: String, _ values: [String], _ json: inout JSONWriter) {
        if values.isEmpty { json.emptyArray(name); return }
        json.open(name, array: true)
        for value in values { json.string(nil, value) }
        json.close(array: true)
    }
}
