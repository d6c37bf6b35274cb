import JREText

/// A threshold sweep as text, CSV or JSON: alert counts and the claimants flagged at each value.
public struct SweepReport {
    public let simulation: Simulation
    public let sweep: ThresholdSweep
    public let lang: Lang

    public init(simulation: Simulation, sweep: ThresholdSweep, lang: Lang) {
        self.simulation = simulation
        self.sweep = sweep
        self.lang = lang
    }

    private var ruleset: Ruleset { simulation.ruleset }
    private var claimants: [Claimant] { simulation.scenario.claimants }

    public func text() -> String {
        let parameter = ruleset.parameters[sweep.parameter]
        var lines = [Strings.sweepTitle.format(lang, parameter.id, parameter.label.resolve(lang), String(sweep.day),
                                                 DateText.long(simulation.scenario.date(ofDay: sweep.day), lang: lang))]
        lines.append(Strings.sweepRange.format(lang, NumberFormat.plain(parameter.min), NumberFormat.plain(parameter.max),
                                               NumberFormat.plain(parameter.step), NumberFormat.plain(sweep.current), NumberFormat.plain(parameter.value)))
        lines.append("")
        let header = [parameter.id] + ruleset.alerts.map { $0.label.resolve(lang) }
        lines.append(header.joined(separator: " | "))
        for (index, value) in sweep.values.enumerated() {
            let mark = value == sweep.current ? " ◀" : ""
            let counts = ruleset.alerts.indices.map { String(sweep.count(value: index, alert: $0)) }
            lines.append(([NumberFormat.plain(value)] + counts).joined(separator: " | ") + mark)
        }
        lines.append("")
        for (alertIndex, alert) in ruleset.alerts.enumerated() {
            lines.append(alert.label.resolve(lang) + " :")
            var previous: [Int]?
            for (index, value) in sweep.values.enumerated() {
                let names = sweep.flagged[index][alertIndex]
                guard names != previous else { continue }
                previous = names
                let list = names.map { claimants[$0].name }.joined(separator: ", ")
                lines.append("  \(parameter.id) = \(NumberFormat.plain(value)) → \(names.count)" + (list.isEmpty ? "" : ": " + list))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func csv() -> String {
        let parameter = ruleset.parameters[sweep.parameter]
        var lines = [([parameter.id] + ruleset.alerts.map { "\($0.id).count" } + ruleset.alerts.map { "\($0.id).claimants" }).map(CSV.field).joined(separator: ",")]
        for (index, value) in sweep.values.enumerated() {
            let counts = ruleset.alerts.indices.map { String(sweep.count(value: index, alert: $0)) }
            let who = ruleset.alerts.indices.map { sweep.flagged[index][$0].map { claimants[$0].id }.joined(separator: ";") }
            lines.append(([NumberFormat.json(value)] + counts + who).map(CSV.field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> String {
        let parameter = ruleset.parameters[sweep.parameter]
        var json = JSONWriter()
        json.open()
        json.string("scenario", simulation.scenario.id)
        json.string("ruleset", ruleset.id)
        json.string("parameter", parameter.id)
        json.number("day", Double(sweep.day))
        json.number("current", sweep.current)
        json.number("default", parameter.value)
        json.open("values", array: true)
        for (index, value) in sweep.values.enumerated() {
            json.open()
            json.number("value", value)
            json.open("alerts")
            for (alertIndex, alert) in ruleset.alerts.enumerated() {
                json.open(alert.id)
                json.number("count", Double(sweep.count(value: index, alert: alertIndex)))
                let flagged = sweep.flagged[index][alertIndex]
                if flagged.isEmpty { json.emptyArray("claimants") } else {
                    json.open("claimants", array: true)
                    for claimant in flagged { json.string(nil, claimants[claimant].id) }
                    json.close(array: true)
                }
                json.close()
            }
            json.close()
            json.close()
        }
        json.close(array: true)
        json.close()
        return json.output + "\n"
    }
}
