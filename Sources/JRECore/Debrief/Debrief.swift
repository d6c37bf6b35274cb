import JREText

/// What a workshop session shows at its end: alerts, decisions and hidden lives side by side.
public struct Debrief: Sendable {
    /// One claimant's story: when each alert was on, what the room decided, and the hidden context.
    public struct ClaimantStory: Sendable {
        public var index: Int
        public var id: String
        public var name: String
        public var context: LocalizedText?
        public var situation: TrueSituation?
        /// What a check would really find in this household (hidden until the debrief), when the scenario says.
        public var overpayment: Overpayment? = nil
        /// For each alert (ruleset order), the days it was on, 1…lastDay.
        public var alertDays: [[Int]]
        public var decisions: [DecisionRecord]
        /// Returned to work within six months (the scenario's hidden `returned_to_work`), nil when unsaid.
        public var returnedToWork: Bool? = nil

        public var wasEverFlagged: Bool { alertDays.contains { !$0.isEmpty } }
    }

    /// A threshold change made during the session and who it moved under each alert: one settled
    /// change, however many presses it took (see ``Simulation/settledChanges(_:)``).
    public struct ThresholdChange: Sendable {
        public var day: Int
        public var parameter: String
        /// nil for "all reset to defaults".
        public var from: Double?
        public var to: Double?
        public var changes: [AlertChange]
    }

    public var scenarioId: String
    public var scenarioTitle: LocalizedText
    public var rulesetId: String
    public var rulesetTitle: LocalizedText
    public var alertLabels: [LocalizedText]
    public var alertIds: [String]
    public var lastDay: Int
    public var claimants: [ClaimantStory]
    /// `alertCounts[alert][day - 1]`: claimants under the alert each day.
    public var alertCounts: [[Int]]
    public var decisions: [DecisionRecord]
    public var thresholdChanges: [ThresholdChange]
    /// The parameters in force at the end, and the ruleset's defaults.
    public var parameters: [(id: String, value: Double, defaultValue: Double)]

    /// Decisions taken while at least one alert was showing on that claimant.
    public var decisionsFollowingAlert: Int { decisions.filter { !$0.alerts.isEmpty }.count }
    /// Alert-days in all (claimant × day × alert).
    public var alertDays: Int { claimants.reduce(0) { $0 + $1.alertDays.reduce(0) { $0 + $1.count } } }
    /// Alert-days on people whose hidden situation explains the signal (a life event: caring, illness, a contract, a training).
    public var alertDaysExplainedByContext: Int {
        claimants.filter { $0.situation?.explainsSignal == true }.reduce(0) { $0 + $1.alertDays.reduce(0) { $0 + $1.count } }
    }
    /// Alert-days on people who were in fact searching actively (false alerts).
    public var alertDaysOnActiveSearch: Int {
        claimants.filter { $0.situation?.isActiveSearch == true }.reduce(0) { $0 + $1.alertDays.reduce(0) { $0 + $1.count } }
    }
    /// The overpayment a check would find, in words: « indu de 94 € — changement déclaré en retard ».
    public static func overpaymentText(_ overpayment: Overpayment, lang: Lang) -> String {
        let amount = NumberText.decimal(abs(overpayment.amount), lang, decimals: 0)
        let what = overpayment.amount > 0 ? Strings.overpaymentAmount.format(lang, amount)
            : overpayment.amount < 0 ? Strings.overpaymentOwed.format(lang, amount) : Strings.overpaymentNone(lang)
        return what + " — " + causeText(overpayment.cause, lang: lang)
    }

    /// Why an overpayment arose, in words: « erreur de la CAF », "the CAF's own error".
    public static func causeText(_ cause: Overpayment.Cause, lang: Lang) -> String {
        switch cause {
        case .cafError: return Strings.causeCafError(lang)
        case .lateDeclaration: return Strings.causeLateDeclaration(lang)
        case .declarationError: return Strings.causeDeclarationError(lang)
        case .fraud: return Strings.causeFraud(lang)
        case .none: return Strings.causeNone(lang)
        }
    }

    /// Claimants with a known hidden situation.
    public var claimantsWithSituation: Int { claimants.filter { $0.situation != nil }.count }

    // MARK: A scenario where someone really defrauded

    /// Some claimant's true situation is ``TrueSituation/fraud``: the alerts are read as fraud
    /// alerts, borne out on those people and false on everyone else whose situation is known.
    public var hasActualFraud: Bool { claimants.contains { $0.situation == .fraud } }
    /// The claimants who really defrauded.
    public var defrauding: [ClaimantStory] { claimants.filter { $0.situation == .fraud } }
    /// The claimants known to be honest: a known situation other than ``TrueSituation/fraud``.
    public var honest: [ClaimantStory] { claimants.filter { $0.situation != nil && $0.situation != .fraud } }
    /// Alert-days on people who really defrauded (alerts borne out).
    public var alertDaysOnFraud: Int { defrauding.reduce(0) { $0 + $1.alertDays.reduce(0) { $0 + $1.count } } }
    /// Alert-days on honest people, in a scenario with actual frauds (false fraud alerts).
    public var alertDaysOnHonest: Int { honest.reduce(0) { $0 + $1.alertDays.reduce(0) { $0 + $1.count } } }
    /// False alerts: alert-days on honest people when the scenario has actual frauds, else on people
    /// who were searching actively (``alertDaysOnActiveSearch``).
    public var falseAlertDays: Int { hasActualFraud ? alertDaysOnHonest : alertDaysOnActiveSearch }
}

extension Simulation {
    /// Builds the debrief of a session up to `lastDay` (default: the session's day, else the last day).
    public func debrief(session: SessionSnapshot, lastDay: Int? = nil) -> Debrief {
        var parameters = startingParameters
        var changes: [Debrief.ThresholdChange] = []
        for change in Self.settledChanges(session.thresholdHistory) {
            let before = parameters
            var description: (String, Double?, Double?)
            if let name = change.parameter, let value = change.value, let index = ruleset.parameterIndex(name), ruleset.parameters[index].accepts(value) {
                // A run of presses that came back where it started changed nothing.
                if parameters[index] == value { continue }
                description = (name, parameters[index], value)
                parameters[index] = value
            } else if change.parameter == nil {
                description = ("*", nil, nil)
                parameters = startingParameters
            } else {
                continue
            }
            let day = max(1, min(change.day ?? scenario.days, scenario.days))
            changes.append(Debrief.ThresholdChange(day: day, parameter: description.0, from: description.1, to: description.2,
                                                   changes: alertChanges(day: day, parameters: parameters, reference: before)))
        }
        // The parameters in force at the end are the snapshot's (replayed), whatever the order above.
        var final = startingParameters
        for (name, value) in session.parameters {
            if let index = ruleset.parameterIndex(name), ruleset.parameters[index].accepts(value) { final[index] = value }
        }
        let end = max(1, min(lastDay ?? session.day ?? scenario.days, scenario.days))
        let history = self.history(parameters: final)
        let stories = scenario.claimants.enumerated().map { index, claimant in
            Debrief.ClaimantStory(
                index: index, id: claimant.id, name: claimant.name, context: claimant.context, situation: claimant.situation,
                overpayment: claimant.overpayment,
                alertDays: ruleset.alerts.indices.map { alert in (1...end).filter { history.isAlertOn(claimant: index, day: $0, alert: alert) } },
                decisions: session.decisions.filter { $0.claimant == claimant.id }, returnedToWork: claimant.returnedToWork)
        }
        let counts = ruleset.alerts.indices.map { alert in
            (1...end).map { day in scenario.claimants.indices.filter { history.isAlertOn(claimant: $0, day: day, alert: alert) }.count }
        }
        return Debrief(
            scenarioId: scenario.id, scenarioTitle: scenario.title, rulesetId: ruleset.id, rulesetTitle: ruleset.title,
            alertLabels: ruleset.alerts.map(\.label), alertIds: ruleset.alerts.map(\.id), lastDay: end,
            claimants: stories, alertCounts: counts, decisions: session.decisions, thresholdChanges: changes,
            parameters: ruleset.parameters.enumerated().map { ($1.id, final[$0], $1.value) })
    }

    /// The journal's threshold entries as the room meant them: a run of changes to one parameter on
    /// one day (each press of + or −, each typed value) is one change, to the run's last value.
    public static func settledChanges(_ history: [(day: Int?, parameter: String?, value: Double?)]) -> [(day: Int?, parameter: String?, value: Double?)] {
        var settled: [(day: Int?, parameter: String?, value: Double?)] = []
        for change in history {
            if let name = change.parameter, let last = settled.last, last.parameter == name, last.day == change.day, change.value != nil {
                settled[settled.count - 1].value = change.value
            } else {
                settled.append(change)
            }
        }
        return settled
    }
}
