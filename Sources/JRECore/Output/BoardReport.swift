import Foundation
import JREText

/// The board on one day in the contract's formats: text for people, JSON and CSV for tools.
public struct BoardReport {
    public let simulation: Simulation
    public let day: Int
    public let parameters: ParameterValues
    public let results: [ClaimantResult]
    public let lang: Lang

    public init(simulation: Simulation, day: Int, parameters: ParameterValues, lang: Lang) {
        self.simulation = simulation
        self.day = day
        self.parameters = parameters
        self.lang = lang
        results = simulation.evaluate(day: day, parameters: parameters)
    }

    public var faults: [(claimant: Claimant, fault: EvaluationFault)] {
        zip(simulation.scenario.claimants, results).compactMap { claimant, result in result.fault.map { (claimant, $0) } }
    }

    private var ruleset: Ruleset { simulation.ruleset }

    public func json() -> String {
        var json = JSONWriter()
        json.open()
        json.string("scenario", simulation.scenario.id)
        json.string("ruleset", ruleset.id)
        json.number("day", Double(day))
        json.string("date", simulation.scenario.date(ofDay: day).description)
        json.open("parameters")
        for (index, parameter) in ruleset.parameters.enumerated() { json.number(parameter.id, parameters[index]) }
        json.close()
        json.open("claimants", array: true)
        let hasModels = ruleset.scores.contains { $0.model != nil }
        let standings = simulation.rankStandings(day: day, parameters: parameters)
        for (position, (claimant, result)) in zip(simulation.scenario.claimants, results).enumerated() {
            let explained = hasModels && result.fault == nil ? simulation.explain(claimant: position, day: day, parameters: parameters) : nil
            json.open()
            json.string("id", claimant.id)
            json.open("scores")
            for (index, score) in ruleset.scores.enumerated() {
                json.open(score.id)
                json.number("value", result.fault == nil ? result.scoreValues[index] : nil)
                let level = result.levels[index].map { score.levels[$0] }
                json.string("level", level?.name)
                json.string("severity", level?.severity.rawValue)
                if let contributions = explained?.scores[index].contributions {
                    // A trained score: each feature's push on the margin (log-odds), the bias and the margin.
                    json.open("contributions")
                    for feature in contributions.features { json.number(feature.name, feature.contribution) }
                    json.close()
                    json.number("bias", contributions.bias)
                    json.number("margin", contributions.margin)
                }
                json.close()
            }
            json.close()
            let alerts = ruleset.alerts.indices.filter { result.alerts[$0] }
            if alerts.isEmpty { json.emptyArray("alerts") } else {
                json.open("alerts", array: true)
                for index in alerts { json.string(nil, ruleset.alerts[index].id) }
                json.close(array: true)
            }
            if !standings.isEmpty { writeRanks(&json, standings, claimant: position) }
            let advice = ruleset.advice.indices.filter { result.advice[$0] }
            if advice.isEmpty { json.emptyArray("advice") } else {
                json.open("advice", array: true)
                for index in advice { json.string(nil, ruleset.advice[index].text.resolve(lang)) }
                json.close(array: true)
            }
            if let fault = result.fault {
                json.string("error", FaultText.describe(fault, lang: lang))
            }
            json.close()
        }
        json.close(array: true)
        json.close()
        return json.output + "\n"
    }

    public func csv() -> String {
        var header = ["id", "name"]
        for score in ruleset.scores {
            header += ["\(score.id).value", "\(score.id).level", "\(score.id).severity"]
        }
        header += ["alerts", "advice", "error"]
        var lines = [header.map(CSV.field).joined(separator: ",")]
        for (claimant, result) in zip(simulation.scenario.claimants, results) {
            var row = [claimant.id, claimant.name]
            for (index, score) in ruleset.scores.enumerated() {
                let value = result.fault == nil && result.scoreValues[index].isFinite ? NumberFormat.json(result.scoreValues[index]) : ""
                let level = result.levels[index].map { score.levels[$0] }
                row += [value, level?.name ?? "", level?.severity.rawValue ?? ""]
            }
            row.append(ruleset.alerts.indices.filter { result.alerts[$0] }.map { ruleset.alerts[$0].id }.joined(separator: ";"))
            row.append(ruleset.advice.indices.filter { result.advice[$0] }.map { ruleset.advice[$0].text.resolve(lang) }.joined(separator: " | "))
            row.append(result.fault.map { FaultText.describe($0, lang: lang) } ?? "")
            lines.append(row.map(CSV.field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func text() -> String {
        let scenario = simulation.scenario
        var lines: [String] = []
        let date = scenario.date(ofDay: day)
        lines.append("\(scenario.title.resolve(lang)) — \(Strings.reportDayLine.format(lang, String(day), String(scenario.days), DateText.long(date, lang: lang), String(Scenario.week(ofDay: day))))")
        lines.append(Strings.reportRulesetLine.format(lang, ruleset.title.resolve(lang)))
        let changed = parameters.changed(from: ruleset)
        if !changed.isEmpty {
            let list = changed.compactMap { name in ruleset.parameterIndex(name).map { "\(name)=\(NumberFormat.plain(parameters[$0])) (\(NumberFormat.plain(ruleset.parameters[$0].value)))" } }
            lines.append(Strings.reportChangedParameters.format(lang, list.joined(separator: ", ")))
        }
        lines.append("")
        for (index, alert) in ruleset.alerts.enumerated() {
            let flagged = zip(scenario.claimants, results).filter { $0.1.alerts[index] }.map(\.0.name)
            lines.append("\(alert.label.resolve(lang)) (\(flagged.count))" + (flagged.isEmpty ? "" : ": " + flagged.joined(separator: ", ")))
        }
        lines.append("")
        let nameWidth = min(28, scenario.claimants.map { $0.name.count }.max() ?? 10)
        for (claimant, result) in zip(scenario.claimants, results) {
            var line = claimant.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            if let fault = result.fault {
                line += "  " + Strings.reportFault.format(lang, FaultText.describe(fault, lang: lang))
                lines.append(line)
                continue
            }
            var parts: [String] = []
            for (index, score) in ruleset.scores.enumerated() where !score.levels.isEmpty {
                let level = result.levels[index].map { score.levels[$0] }
                parts.append("\(score.id)=\(NumberFormat.plain(result.scoreValues[index]))" + (level.map { " \($0.displayLabel(lang))" } ?? ""))
            }
            line += "  " + parts.joined(separator: " · ")
            let alerts = ruleset.alerts.indices.filter { result.alerts[$0] }.map { ruleset.alerts[$0].label.resolve(lang) }
            if !alerts.isEmpty { line += "  ⚑ " + alerts.joined(separator: ", ") }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// CSV quoting (RFC 4180).
public enum CSV {
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
