import JREText

/// A session's debrief written out for projection, printing or tools: Markdown, HTML, CSV or JSON.
///
/// Every format says the same things, taken from ``Debrief``: each claimant's alert timeline, the
/// decisions with the alerts that were showing, the hidden context and true situation; the cohort
/// figures and alert counts over the days; the threshold changes and whom they moved; the parameters
/// in force against the defaults. Nothing depends on the clock or the machine, so outputs are stable.
public struct DebriefExport: Sendable {
    public let debrief: Debrief
    public let simulation: Simulation
    public let lang: Lang

    public init(debrief: Debrief, simulation: Simulation, lang: Lang) {
        self.debrief = debrief
        self.simulation = simulation
        self.lang = lang
    }

    /// The debrief of `session` up to `lastDay` (default: the session's day, else the last day).
    public init(simulation: Simulation, session: SessionSnapshot, lastDay: Int? = nil, lang: Lang) {
        self.init(debrief: simulation.debrief(session: session, lastDay: lastDay), simulation: simulation, lang: lang)
    }

    /// The formats the debrief can be written in.
    public enum Format: String, Sendable, CaseIterable {
        case markdown = "md"
        case html
        case csv
        case json
    }

    /// The whole document in `format`.
    public func render(_ format: Format) -> String {
        switch format {
        case .markdown: return markdown()
        case .html: return html()
        case .csv: return csv()
        case .json: return json()
        }
    }

    // MARK: Shared wording

    var ruleset: Ruleset { simulation.ruleset }
    var scenario: Scenario { simulation.scenario }
    var days: ClosedRange<Int> { 1...debrief.lastDay }

    /// An alert's label from its id (the id itself for an alert the ruleset no longer has).
    func alertLabel(_ id: String) -> String {
        debrief.alertIds.firstIndex(of: id).map { debrief.alertLabels[$0].resolve(lang) } ?? id
    }

    func alertLabel(index: Int) -> String { debrief.alertLabels[index].resolve(lang) }

    /// A parameter's label from its id (the id for one the ruleset does not have).
    func parameterLabel(_ id: String) -> String {
        ruleset.parameterIndex(id).map { ruleset.parameters[$0].label.resolve(lang) } ?? id
    }

    /// A parameter value as people write it, with its unit, if any: « 0,03 », « 21 jours ».
    func parameterValue(_ id: String, _ value: Double) -> String {
        Self.parameterValue(ruleset.parameterIndex(id).map { ruleset.parameters[$0] }, value, lang: lang)
    }

    /// A value of `parameter` as people write it, with as many decimals as its step needs and its unit.
    public static func parameterValue(_ parameter: Parameter?, _ value: Double, lang: Lang) -> String {
        let unit = Strings.unit(parameter?.unit?.resolve(lang) ?? "", for: value, lang)
        return NumberText.decimal(value, lang, decimals: decimals(forStep: parameter?.step ?? 0.1)) + (unit.isEmpty ? "" : " " + unit)
    }

    /// The decimals a step needs: 1 → 0, 0.5 → 1, 0.01 → 2 (at least 1, so that a typed 2.5 shows).
    public static func decimals(forStep step: Double) -> Int {
        var places = 1
        var scaled = step.magnitude * 10
        while places < 4, scaled > 0, (scaled - scaled.rounded()).magnitude > 1e-9 {
            places += 1
            scaled *= 10
        }
        return places
    }

    /// A decision's label as the ruleset names it now, else as recorded.
    func decisionLabel(_ record: DecisionRecord) -> String {
        ruleset.decisions.first { $0.id == record.decision }?.label.resolve(lang) ?? record.decisionLabel
    }

    /// An evidence index's label, else its id.
    func evidenceLabel(_ id: String) -> String {
        ruleset.evidence.first { $0.id == id }?.label.resolve(lang) ?? id
    }

    func claimantName(_ index: Int) -> String { scenario.claimants[index].name }

    /// Names of claimants (by index), comma-separated.
    func names(_ indices: [Int]) -> String { indices.map(claimantName).joined(separator: ", ") }

    func shortDate(_ day: Int) -> String { DateText.short(scenario.date(ofDay: day), lang: lang) }

    /// « Dynamique faible, Sans connexion » or « aucune alerte affichée » for a decision.
    func alertsShowing(_ record: DecisionRecord) -> String {
        record.alerts.isEmpty
            ? Strings.exportDecisionNoAlert(lang)
            : Strings.exportDecisionAlerts.format(lang, record.alerts.map(alertLabel).joined(separator: ", "))
    }

    /// One decision in a sentence: day, date, label, alerts showing, justification and evidence.
    func decisionSentence(_ record: DecisionRecord) -> String {
        var parts = [Strings.exportDecisionLine.format(lang, String(record.day), shortDate(record.day), decisionLabel(record)), alertsShowing(record)]
        if let text = record.justification, !text.isEmpty { parts.append(Strings.exportDecisionJustification.format(lang, text)) }
        if !record.evidence.isEmpty { parts.append(Strings.exportDecisionEvidence.format(lang, record.evidence.map(evidenceLabel).joined(separator: ", "))) }
        return parts.joined(separator: " — ")
    }

    /// What a threshold change was: « Seuil : 2 → 3 » or « all reset ».
    func changeDescription(_ change: Debrief.ThresholdChange) -> String {
        guard let to = change.to else { return Strings.exportThresholdsReset(lang) }
        let from = change.from.map { parameterValue(change.parameter, $0) } ?? "?"
        return Strings.exportThresholdSet.format(lang, parameterLabel(change.parameter), from, parameterValue(change.parameter, to))
    }

    /// Who a threshold change moved, one phrase per alert that gained or lost someone.
    func movedPhrases(_ change: Debrief.ThresholdChange) -> [String] {
        var phrases: [String] = []
        for moved in change.changes {
            let label = alertLabel(index: moved.alert)
            if !moved.gained.isEmpty { phrases.append(Strings.exportGained.format(lang, label, names(moved.gained))) }
            if !moved.lost.isEmpty { phrases.append(Strings.exportLost.format(lang, label, names(moved.lost))) }
        }
        return phrases.isEmpty ? [Strings.exportNobodyMoved(lang)] : phrases
    }

    /// The true situation in words, with what it means for the alerts.
    func situationSentence(_ situation: TrueSituation?) -> String {
        guard let situation else { return Strings.exportSituationLine.format(lang, Strings.exportSituationUnknown(lang)) }
        var text = Self.situationText(situation, lang: lang)
        if situation.isActualFraud {
            text += " (" + Strings.exportFraudAlertBorneOut(lang) + ")"
        } else if debrief.hasActualFraud {
            text += " (" + Strings.exportHonestFalseAlert(lang) + ")"
        } else if situation.isActiveSearch {
            text += " (" + Strings.exportFalseAlerts(lang) + ")"
        } else if situation.explainsSignal {
            text += " (" + Strings.exportExplainsSignal(lang) + ")"
        }
        return Strings.exportSituationLine.format(lang, text)
    }

    /// A true situation in words.
    public static func situationText(_ situation: TrueSituation, lang: Lang) -> String {
        switch situation {
        case .activeOnline: return Strings.exportSituationActiveOnline(lang)
        case .activeOffline: return Strings.exportSituationActiveOffline(lang)
        case .caring: return Strings.exportSituationCaring(lang)
        case .ill: return Strings.exportSituationIll(lang)
        case .discouraged: return Strings.exportSituationDiscouraged(lang)
        case .shortContract: return Strings.exportSituationShortContract(lang)
        case .training: return Strings.exportSituationTraining(lang)
        case .inactive: return Strings.exportSituationInactive(lang)
        case .fraud: return Strings.exportSituationFraud(lang)
        case .other: return Strings.exportSituationOther(lang)
        }
    }

    /// One alert's days for a claimant: « Dynamique faible : 5 jours — jours 3–6, 9 » or « … : jamais ».
    func alertDaysSentence(alert: Int, days: [Int]) -> String {
        let label = alertLabel(index: alert)
        guard !days.isEmpty else { return Strings.exportAlertNever.format(lang, label) }
        return Strings.exportAlertDays.format(lang, count: days.count, label, Strings.exportDaysList.format(lang, count: days.count, Self.spans(days)))
    }

    /// Sorted days as runs: `[3, 4, 5, 6, 9]` → « 3–6, 9 ».
    static func spans(_ days: [Int]) -> String {
        runs(days).map { $0.lowerBound == $0.upperBound ? String($0.lowerBound) : "\($0.lowerBound)–\($0.upperBound)" }.joined(separator: ", ")
    }

    /// Sorted days grouped into runs of consecutive days.
    static func runs(_ days: [Int]) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for day in days {
            if let last = result.last, last.upperBound + 1 == day {
                result[result.count - 1] = last.lowerBound...day
            } else {
                result.append(day...day)
            }
        }
        return result
    }

    /// The day with the most claimants under an alert (the first such day) and that count.
    func peak(alert: Int) -> (day: Int, count: Int) {
        let counts = debrief.alertCounts[alert]
        var best = (day: 1, count: counts.first ?? 0)
        for (index, count) in counts.enumerated() where count > best.count { best = (index + 1, count) }
        return best
    }

    /// The parameters whose value at the end differs from the ruleset's default.
    var changedParameters: [(id: String, value: Double, defaultValue: Double)] {
        debrief.parameters.filter { $0.value != $0.defaultValue }
    }
}
