/// Which rules read one parameter, directly or through other scores and levels.
///
/// A threshold sweep re-evaluates only these for each new value: the others cannot change.
package struct ParameterDependencies: Sendable {
    /// Per score: whether its value may change; whether its level may change (true whenever its value may).
    package let values: [Bool]
    package let levels: [Bool]
    package let alerts: [Bool]
    package let advice: [Bool]

    package init(parameter: Int, compiled: CompiledRuleset) {
        var values: [Bool] = [], levels: [Bool] = []
        func reads(_ node: TypedNode, subject: Bool) -> Bool {
            switch node.kind {
            case .parameter(let index) where index == parameter: return true
            case .score(let index): if index < values.count, values[index] { return true }
            case .level(let index): if index < levels.count, levels[index] { return true }
            case .levelSubject: if subject { return true }
            default: break
            }
            return node.children.contains { reads($0, subject: subject) }
        }
        for (score, value) in compiled.scoreValues.enumerated() {
            // A scorecard weight that is this parameter changes the score's value too.
            let weighs = compiled.ruleset.scores[score].model.map { $0.weightParameters(in: compiled.ruleset).values.contains(parameter) } ?? false
            let valueChanges = weighs || reads(value, subject: false)
            values.append(valueChanges)
            let conditionsChange = compiled.levelConditions[score].contains { $0.map { reads($0, subject: valueChanges) } ?? false }
            levels.append(valueChanges || conditionsChange)
        }
        self.values = values
        self.levels = levels
        // An alert chosen by rank also moves with its ranked score and its count.
        alerts = compiled.alertConditions.enumerated().map { index, condition in
            reads(condition, subject: false) || compiled.rank(ofAlert: index).map { $0.parameter == parameter || values[$0.score] } ?? false
        }
        advice = compiled.adviceConditions.map { reads($0, subject: false) }
    }
}
