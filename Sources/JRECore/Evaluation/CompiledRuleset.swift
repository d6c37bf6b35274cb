import JREText

/// A ruleset whose every expression has been checked and typed, ready to evaluate.
public struct CompiledRuleset: Sendable {
    public let ruleset: Ruleset
    public let strings: StringPool
    public let selectors: [EventSelector]
    public let scoreValues: [TypedNode]
    /// For each score, each level's condition (nil for the last, unconditional one).
    public let levelConditions: [[TypedNode?]]
    public let alertConditions: [TypedNode]
    public let adviceConditions: [TypedNode]
    /// The alerts chosen by rank (`rank:`), in alert order.
    public var ranks: [CohortRank] = []

    /// The rank selection of alert `alert`, if it is chosen by rank.
    public func rank(ofAlert alert: Int) -> CohortRank? { ranks.first { $0.alert == alert } }

    /// Level name ids per score, in level order.
    public var levelNameIds: [[Int]] {
        ruleset.scores.map { score in score.levels.map { strings.id($0.name) } }
    }
}

/// Checks every expression of a ruleset and builds the typed program, or reports all problems.
package enum RulesetCompiler {
    package static func compile(_ ruleset: Ruleset, profileTypes: [String: ValueType]?, lang: Lang) -> (CompiledRuleset?, [Diagnostic]) {
        let strings = StringPool()
        let checker = ExpressionChecker(ruleset: ruleset, profileTypes: profileTypes, strings: strings)
        var diagnostics: [Diagnostic] = []

        func check(_ source: ExpressionSource, scope: ExpressionScope, expected: ValueType, context: [LocalizedMessage]) -> TypedNode? {
            switch checker.check(source.text, scope: scope, expected: expected) {
            case .success(let node):
                return node
            case .failure(let errors):
                for error in errors {
                    let position = source.anchor.position(ofOffset: error.span.lowerBound, in: source.text)
                    diagnostics.append(Diagnostic(
                        .error, file: ruleset.source.path, line: position.line, column: position.column,
                        length: max(1, error.span.count), message: error.message, context: context,
                        sourceLine: ruleset.source.line(position.line)
                    ))
                }
                return nil
            }
        }

        var scoreValues: [TypedNode] = []
        var levelConditions: [[TypedNode?]] = []
        var complete = true
        for (index, score) in ruleset.scores.enumerated() {
            let context = [LocalizedMessage(Strings.ctxScore, score.id)]
            if let model = score.model {
                let (node, problems) = ModelFeatureCompiler.compile(model, score: index, checker: checker, strings: strings, ruleset: ruleset, context: context)
                diagnostics += problems
                if let node { scoreValues.append(node) } else { complete = false }
            } else if let node = check(score.value, scope: .scoreValue(index), expected: .number, context: context) {
                scoreValues.append(node)
            } else {
                complete = false
            }
            var conditions: [TypedNode?] = []
            for (levelIndex, level) in score.levels.enumerated() {
                let isLast = levelIndex == score.levels.count - 1
                guard let condition = level.condition, !isLast else {
                    conditions.append(nil)
                    continue
                }
                let node = check(condition, scope: .level(index), expected: .bool, context: context + [LocalizedMessage(Strings.ctxLevel, level.name)])
                if node == nil { complete = false }
                conditions.append(node)
            }
            levelConditions.append(conditions)
        }
        var alertConditions: [TypedNode] = []
        for alert in ruleset.alerts {
            if let node = check(alert.when, scope: .condition, expected: .bool, context: [LocalizedMessage(Strings.ctxAlert, alert.id)]) {
                alertConditions.append(node)
            } else {
                complete = false
            }
        }
        var adviceConditions: [TypedNode] = []
        for (index, advice) in ruleset.advice.enumerated() {
            if let node = check(advice.when, scope: .condition, expected: .bool, context: [LocalizedMessage(Strings.ctxAdvice, String(index + 1))]) {
                adviceConditions.append(node)
            } else {
                complete = false
            }
        }
        let (ranks, rankProblems) = RankCheck.resolve(ruleset)
        diagnostics += rankProblems
        guard complete, diagnostics.isEmpty else { return (nil, diagnostics) }
        return (CompiledRuleset(
            ruleset: ruleset, strings: strings, selectors: checker.selectors, scoreValues: scoreValues,
            levelConditions: levelConditions, alertConditions: alertConditions, adviceConditions: adviceConditions, ranks: ranks
        ), diagnostics)
    }
}
