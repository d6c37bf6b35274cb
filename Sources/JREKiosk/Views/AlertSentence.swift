import JREConsole
import JRECore
import JREText

/// The guided tour's alert step in words: why the alert lit up, from its explanation, with the
/// ruleset's labels, the person's values and the thresholds (« Dynamique de recherche « faible » :
/// 2,5, moins de 4 »), never a formula.
///
/// A simple reading of the explanation tree for a festival visitor: the conditions that made the
/// alert fire (every part of an `and`, the true parts of an `or`), each level named by its label
/// and followed by the condition that chose it.
enum AlertSentence {
    /// The reasons the alert `alert` is on for `claimant` on `day`, as one sentence (nil when it is off).
    static func text(simulation: Simulation, claimant: Int, alert: Int, day: Int, parameters: ParameterValues, lang: Lang) -> String? {
        let explanation = simulation.explain(claimant: claimant, day: day, parameters: parameters)
        guard let rule = explanation.alerts.first(where: { $0.index == alert }), rule.fired else { return nil }
        var reader = Reader(ruleset: simulation.ruleset, explanation: explanation, lang: lang)
        let reasons = reader.reasons(rule.tree, depth: 0)
        guard !reasons.isEmpty else { return nil }
        return Strings.kioskAlertBecause.format(lang, reasons.joined(separator: Strings.kioskAlertAnd(lang)))
    }

    private struct Reader {
        let ruleset: Ruleset
        let explanation: ClaimantExplanation
        let lang: Lang

        /// The parts of `node` that made it true.
        mutating func reasons(_ node: ExplainedNode, depth: Int) -> [String] {
            guard depth < 6 else { return [] }
            switch node.detail {
            case .operation("and"):
                return node.children.flatMap { reasons($0, depth: depth + 1) }
            case .operation("or"):
                return node.children.filter { $0.value == .bool(true) }.prefix(1).flatMap { reasons($0, depth: depth + 1) }
            case .operation(let op) where Self.comparisons.contains(op) && node.children.count == 2:
                return [comparison(op, node.children[0], node.children[1], depth: depth)]
            default:
                return []
            }
        }

        static let comparisons: Set<String> = ["<", "<=", ">", ">=", "=", "==", "!="]

        /// « Dynamique de recherche « faible » (2,5, moins de 4) », « Ancienneté : 20,4, au moins 12 ».
        mutating func comparison(_ op: String, _ left: ExplainedNode, _ right: ExplainedNode, depth: Int) -> String {
            if case .level(let scoreId) = left.detail, let index = ruleset.scores.firstIndex(where: { $0.id == scoreId }) {
                let score = ruleset.scores[index]
                let current = levelLabel(score, left.value)
                var text = Strings.kioskAlertLevel.format(lang, score.label.resolve(lang), Strings.quoted(current, lang))
                if op == "!=" { text += " " + Strings.kioskAlertNotLevel.format(lang, Strings.quoted(levelLabel(score, right.value), lang)) }
                // Why the score has that level: the condition that chose it.
                if let explained = explanation.scores.first(where: { $0.index == index }), let chosen = explained.chosenLevel,
                   let condition = explained.levels.first(where: { $0.index == chosen })?.condition {
                    let inner = reasons(condition, depth: depth + 1)
                    if !inner.isEmpty { text += " (" + inner.joined(separator: ", ") + ")" }
                }
                return text
            }
            let subject = name(left)
            let threshold = value(right)
            let relation: Phrase
            switch op {
            case "<": relation = Strings.kioskAlertBelow
            case "<=": relation = Strings.kioskAlertAtMost
            case ">": relation = Strings.kioskAlertAbove
            case ">=": relation = Strings.kioskAlertAtLeast
            case "!=": relation = Strings.kioskAlertNot
            default: relation = Strings.kioskAlertEqual
            }
            return Strings.kioskAlertComparison.format(lang, subject, value(left), relation.format(lang, threshold))
        }

        func levelLabel(_ score: Score, _ value: ExplainedValue) -> String {
            guard case .text(let name) = value else { return value.description }
            return score.levels.first { $0.name == name }?.displayLabel(lang) ?? name
        }

        /// What a side of a comparison reads, by its label.
        func name(_ node: ExplainedNode) -> String {
            switch node.detail {
            case .score(let id): return ruleset.scores.first { $0.id == id }?.label.resolve(lang) ?? id
            case .parameter(let id, _): return ruleset.parameterIndex(id).map { ruleset.parameters[$0].label.resolve(lang) } ?? id
            case .profile(let key, _): return key.replacingOccurrences(of: "_", with: " ")
            case .daysRegistered: return Strings.kioskAlertRegistered(lang)
            case .levelSubject: return Strings.kioskAlertScore(lang)
            default: return Strings.kioskAlertValue(lang)
            }
        }

        /// A side's value as people write it (a parameter with its unit).
        func value(_ node: ExplainedNode) -> String {
            if case .parameter(let id, _) = node.detail, let index = ruleset.parameterIndex(id), case .number(let number) = node.value {
                return DebriefExport.parameterValue(ruleset.parameters[index], number, lang: lang)
            }
            if case .profile(_, let display?) = node.detail { return display }
            switch node.value {
            case .number(let number): return NumberText.decimal(number, lang)
            case .bool(let flag): return flag ? Strings.kioskAlertYes(lang) : Strings.kioskAlertNo(lang)
            case .text(let text): return Strings.quoted(text, lang)
            case .fault: return "?"
            }
        }
    }
}

extension ExplainedValue {
    fileprivate var description: String {
        switch self {
        case .number(let number): return String(number)
        case .bool(let flag): return String(flag)
        case .text(let text): return text
        case .fault: return "?"
        }
    }
}
