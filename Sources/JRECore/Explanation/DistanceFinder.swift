/// Works out what would have to change for a condition to flip: the "how far from firing" answer.
struct DistanceFinder {
    let strings: StringPool
    /// The scores explained so far, to answer `score.level = 'x'` with that level's own condition.
    let scores: [ScoreExplanation]

    /// What would make `node` (explained as `tree`) evaluate to `want`; nil when it already does.
    func distance(_ node: TypedNode, _ tree: ExplainedNode, want: Bool, depth: Int = 0) -> FiringDistance? {
        guard depth < 12 else { return .condition(tree.text) }
        if case .bool(let current) = tree.value, current == want { return nil }
        switch node.kind {
        case .not:
            return distance(node.children[0], tree.children[0], want: !want, depth: depth + 1)
        case .and, .or:
            let isAnd: Bool = { if case .and = node.kind { return true } else { return false } }()
            // A branch lazy evaluation skipped still has its value (computed aside) unless it faulted.
            let parts = zip(node.children, tree.children).compactMap { child, explained -> FiringDistance? in
                if case .fault = explained.value { return .condition(explained.text) }
                return distance(child, explained, want: want, depth: depth + 1)
            }
            // Making an `and` true needs every false part; making it false needs any one part.
            if parts.count == 1 { return parts[0] }
            let needsAll = isAnd == want
            let flat = parts.flatMap { part -> [FiringDistance] in
                switch (part, needsAll) {
                case (.all(let inner), true), (.any(let inner), false): return inner
                default: return [part]
                }
            }
            return needsAll ? .all(flat) : .any(flat)
        case .comparison(let op):
            if case .level(let scoreIndex) = node.children[0].type, op == .equal || op == .notEqual {
                return levelDistance(scoreIndex, literal: tree.children[1], equal: (op == .equal) == want)
            }
            if case .level(let scoreIndex) = node.children[1].type, op == .equal || op == .notEqual {
                return levelDistance(scoreIndex, literal: tree.children[0], equal: (op == .equal) == want)
            }
            guard case .number(let left) = tree.children[0].value, case .number(let right) = tree.children[1].value else {
                return .condition(tree.text)
            }
            let target = want ? op : Self.negated(op)
            return .gap(subject: tree.children[0].text, current: left, op: target.rawValue, threshold: right,
                        change: Self.change(left, target, right))
        default:
            return .condition(tree.text)
        }
    }

    /// `score.level` must become (or stop being) the level named by `literal`.
    private func levelDistance(_ scoreIndex: Int, literal: ExplainedNode, equal: Bool) -> FiringDistance {
        guard scoreIndex < scores.count, case .text(let name) = literal.value else { return .condition(literal.text) }
        let score = scores[scoreIndex]
        let current = score.chosenLevel.map { score.levels[$0].name } ?? "—"
        guard let target = score.levels.first(where: { $0.name == name }) else { return .condition(literal.text) }
        if equal {
            return .level(score: score.id, target: name, current: current, needs: target.distance)
        }
        let others = score.levels.filter { $0.name != name }.compactMap { level -> FiringDistance? in
            level.distance.map { .level(score: score.id, target: level.name, current: current, needs: $0) }
        }
        return others.count == 1 ? others[0] : .any(others)
    }

    static func negated(_ op: BinaryOperator) -> BinaryOperator {
        switch op {
        case .less: return .greaterOrEqual
        case .lessOrEqual: return .greater
        case .greater: return .lessOrEqual
        case .greaterOrEqual: return .less
        case .equal: return .notEqual
        case .notEqual: return .equal
        default: return op
        }
    }

    /// The signed change of the left side that makes `left op right` hold (one unit past a strict bound
    /// when both sides are whole numbers).
    static func change(_ left: Double, _ op: BinaryOperator, _ right: Double) -> Double {
        guard left.isFinite, right.isFinite else { return right.isFinite ? -.infinity : .infinity }
        let whole = left == left.rounded() && right == right.rounded()
        let step = whole ? 1.0 : 0.0
        switch op {
        case .less: return min(0, right - left - step)
        case .lessOrEqual: return min(0, right - left)
        case .greater: return max(0, right - left + step)
        case .greaterOrEqual: return max(0, right - left)
        case .equal: return right - left
        case .notEqual: return left == right ? (whole ? 1 : 0.001) : 0
        default: return 0
        }
    }
}
