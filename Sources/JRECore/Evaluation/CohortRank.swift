import JREText

/// An alert chosen by rank, resolved against its ruleset: the claimants whose `score` is among the
/// ``top(_:)`` highest of the scenario's claimants that day (those for whom the alert's `when` holds).
///
/// A cohort step after the per-claimant evaluation: the evaluator sets the alert's bit to its
/// eligibility (`when`), then ``select(values:eligible:top:)`` keeps the top ones. Every path that
/// shows an alert goes through it (``Simulation/evaluate(day:parameters:)``, the history, one claimant).
public struct CohortRank: Sendable, Equatable {
    /// The alert's index in the ruleset.
    public let alert: Int
    /// The ranked score's index.
    public let score: Int
    /// A fixed count, used when ``parameter`` is nil.
    public let count: Int
    /// The parameter whose value in force is the count.
    public let parameter: Int?

    /// How many claimants are selected with `parameters` (a parameter's value rounded down, never below 0).
    public func top(_ parameters: ParameterValues) -> Int {
        guard let parameter else { return count }
        let value = parameters[parameter]
        return value.isFinite ? max(0, Int(min(1e9, value).rounded(.down))) : (value > 0 ? Int.max : 0)
    }

    /// The eligible claimants from highest to lowest score; ties in claimant order. A score that is
    /// not a number (a fault) is never ranked.
    public static func order(values: [Double], eligible: [Bool]) -> [Int] {
        values.indices.filter { eligible[$0] && !values[$0].isNaN }.sorted { a, b in
            values[a] != values[b] ? values[a] > values[b] : a < b
        }
    }

    /// Who is selected: the first `top` of ``order(values:eligible:)``.
    public static func select(values: [Double], eligible: [Bool], top: Int) -> [Bool] {
        var selected = [Bool](repeating: false, count: values.count)
        for claimant in order(values: values, eligible: eligible).prefix(top) { selected[claimant] = true }
        return selected
    }
}

/// Resolves every alert's `rank:` against the ruleset's scores and parameters, with located errors.
enum RankCheck {
    static func resolve(_ ruleset: Ruleset) -> ([CohortRank], [Diagnostic]) {
        var ranks: [CohortRank] = [], diagnostics: [Diagnostic] = []
        for (index, alert) in ruleset.alerts.enumerated() {
            guard let rank = alert.rank else { continue }
            func report(_ position: SourcePosition, _ length: Int, _ message: LocalizedMessage) {
                diagnostics.append(Diagnostic(
                    .error, file: ruleset.source.path, line: position.line, column: position.column, length: max(1, length),
                    message: message, context: [LocalizedMessage(Strings.ctxAlert, alert.id)], sourceLine: ruleset.source.line(position.line)))
            }
            let names = ruleset.scores.map(\.id)
            let score = ruleset.scoreIndex(rank.score)
            if score == nil {
                let base = rank.score.split(separator: ".").first.map(String.init) ?? rank.score
                if base != rank.score, ruleset.scoreIndex(base) != nil {
                    report(rank.scorePosition, rank.score.count, LocalizedMessage(Strings.diagRankNotAValue, base, rank.score))
                } else {
                    let hint = Suggestion.closest(to: rank.score, in: names).map { LocalizedMessage(Strings.diagDidYouMean, $0) } ?? LocalizedMessage(Strings.empty)
                    report(rank.scorePosition, rank.score.count, LocalizedMessage(Strings.diagRankUnknownScore, [.text(rank.score), .text(names.joined(separator: ", ")), .message(hint)]))
                }
            }
            var count = 0, parameter: Int?
            var usable = score != nil
            switch rank.top {
            case .count(let number):
                count = number
            case .parameter(let name):
                if let found = ruleset.parameterIndex(name) {
                    let definition = ruleset.parameters[found]
                    let whole = { (x: Double) in x == x.rounded() }
                    if !whole(definition.value) || !whole(definition.min) || !whole(definition.step) || definition.min < 0 {
                        report(rank.topPosition, name.count, LocalizedMessage(Strings.diagRankParameterNotWhole,
                            name, NumberFormat.plain(definition.value), NumberFormat.plain(definition.min), NumberFormat.plain(definition.step)))
                        usable = false
                    }
                    parameter = found
                } else {
                    let hint = Suggestion.closest(to: name, in: ruleset.parameters.map(\.id)).map { LocalizedMessage(Strings.diagDidYouMean, $0) } ?? LocalizedMessage(Strings.empty)
                    report(rank.topPosition, name.count, LocalizedMessage(Strings.diagRankUnknownParameter, [.text(name), .message(hint)]))
                    usable = false
                }
            }
            if usable, let score { ranks.append(CohortRank(alert: index, score: score, count: count, parameter: parameter)) }
        }
        return (ranks, diagnostics)
    }
}
