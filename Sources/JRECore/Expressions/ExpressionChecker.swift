import JREText

/// Where an expression sits, which decides the names it may use.
enum ExpressionScope {
    /// A score's `value`: parameters, earlier scores, events, profile.
    case scoreValue(Int)
    /// A level's `if` of the score at this index: as a condition, plus `value`.
    case level(Int)
    /// An alert's or advice's `when`: every score and level.
    case condition
    /// Inside `[...]` after an event type: that event's attributes only.
    case filter(String)
}

/// Interned strings: every text compared in rules gets a numeric id.
public final class StringPool: @unchecked Sendable {
    public private(set) var strings: [String] = []
    private var ids: [String: Int] = [:]

    public func id(_ text: String) -> Int {
        if let id = ids[text] { return id }
        strings.append(text)
        ids[text] = strings.count - 1
        return strings.count - 1
    }

    public func lookup(_ text: String) -> Int? { ids[text] }

    public func text(_ id: Int) -> String { id >= 0 && id < strings.count ? strings[id] : "?" }
}

/// The typed tree of a valid expression, or every error found in it.
enum CheckOutcome {
    case success(TypedNode)
    case failure([ExpressionError])
}

/// Type-checks parsed expressions against a ruleset (and a scenario's profile), reporting every problem.
final class ExpressionChecker {
    let ruleset: Ruleset
    /// Profile attribute types known from a scenario; nil when checking a ruleset alone.
    let profileTypes: [String: ValueType]?
    let strings: StringPool
    private(set) var selectors: [EventSelector] = []
    private var selectorIndex: [String: Int] = [:]
    private var errors: [ExpressionError] = []

    static let functions = ["count", "days_since", "distinct", "last", "sum", "highest", "lowest", "min", "max", "if", "has"]
    static let builtinNames = ["today", "days_registered", "never", "true", "false", "value", "profile"]

    init(ruleset: Ruleset, profileTypes: [String: ValueType]?, strings: StringPool) {
        self.ruleset = ruleset
        self.profileTypes = profileTypes
        self.strings = strings
        for score in ruleset.scores {
            for level in score.levels { _ = strings.id(level.name) }
        }
    }

    /// Checks `text` in `scope`, expecting `expected`; returns the typed tree or the errors found.
    func check(_ text: String, scope: ExpressionScope, expected: ValueType) -> CheckOutcome {
        errors = []
        let syntax: SyntaxNode
        do {
            syntax = try ExpressionParser.parse(text)
        } catch {
            return .failure([error])
        }
        let node = typed(syntax, scope: scope, source: text)
        if let node, errors.isEmpty {
            if !compatible(node.type, expected) {
                fail(node.span, LocalizedMessage(Strings.exprWrongResultType, [.message(LocalizedMessage(expected.phrase())), .message(LocalizedMessage(node.type.phrase()))]))
            } else if expected == .bool, node.type == .any {
                // A bare attribute used as a condition: fine at run time when it holds a boolean.
            }
        }
        if let node, errors.isEmpty { return .success(node) }
        return .failure(errors.isEmpty ? [ExpressionError(span: 0..<max(1, text.unicodeScalars.count), message: LocalizedMessage(Strings.exprInvalid))] : errors)
    }

    private func fail(_ span: Range<Int>, _ message: LocalizedMessage) {
        errors.append(ExpressionError(span: span, message: message))
    }

    private func compatible(_ a: ValueType, _ b: ValueType) -> Bool {
        if a == .any || b == .any { return true }
        switch (a, b) {
        case (.level, .level), (.level, .text), (.text, .level): return true
        default: return a == b
        }
    }

    private func require(_ node: TypedNode, _ type: ValueType) -> Bool {
        if compatible(node.type, type) { return true }
        fail(node.span, LocalizedMessage(Strings.exprTypeMismatch, [.message(LocalizedMessage(type.phrase())), .message(LocalizedMessage(node.type.phrase()))]))
        return false
    }

    private func text(_ source: String, _ span: Range<Int>) -> String {
        let scalars = Array(source.unicodeScalars)
        let lower = min(span.lowerBound, scalars.count), upper = min(span.upperBound, scalars.count)
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }

    // MARK: Nodes

    private func typed(_ node: SyntaxNode, scope: ExpressionScope, source: String) -> TypedNode? {
        switch node.syntax {
        case .number(let value):
            return TypedNode(.constant(value), .number, node.span)
        case .string(let value):
            return TypedNode(.constant(Double(strings.id(value))), .text, node.span)
        case .bool(let value):
            return TypedNode(.constant(value ? 1 : 0), .bool, node.span)
        case .never:
            if case .filter = scope { }
            return TypedNode(.constant(.infinity), .number, node.span)
        case .reference(let path, let filter):
            if let filter {
                fail(filter.span, LocalizedMessage(Strings.exprFilterOutsideFunction, path.first ?? ""))
                return nil
            }
            return reference(path, span: node.span, scope: scope)
        case .unary(let op, let operand):
            guard let inner = typed(operand, scope: scope, source: source) else { return nil }
            switch op {
            case .negate:
                guard require(inner, .number) else { return nil }
                return TypedNode(.negate, .number, node.span, [inner])
            case .not:
                guard require(inner, .bool) else { return nil }
                return TypedNode(.not, .bool, node.span, [inner])
            }
        case .binary(let op, let lhs, let rhs):
            let left = typed(lhs, scope: scope, source: source)
            let right = typed(rhs, scope: scope, source: source)
            guard let left, let right else { return nil }
            return binary(op, left, right, span: node.span, source: source)
        case .call(let name, let nameSpan, let arguments):
            return call(name, nameSpan: nameSpan, arguments: arguments, span: node.span, scope: scope, source: source)
        }
    }

    private func binary(_ op: BinaryOperator, _ left: TypedNode, _ right: TypedNode, span: Range<Int>, source: String) -> TypedNode? {
        switch op {
        case .add, .subtract, .multiply, .divide:
            let ok = require(left, .number) && require(right, .number)
            return ok ? TypedNode(.arithmetic(op), .number, span, [left, right]) : nil
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let ok = require(left, .number) && require(right, .number)
            return ok ? TypedNode(.comparison(op), .bool, span, [left, right]) : nil
        case .equal, .notEqual:
            guard compatible(left.type, right.type) else {
                fail(span, LocalizedMessage(Strings.exprCannotCompare, [.message(LocalizedMessage(left.type.phrase())), .message(LocalizedMessage(right.type.phrase()))]))
                return nil
            }
            checkLevelLiteral(left, right, source: source)
            checkLevelLiteral(right, left, source: source)
            return TypedNode(.comparison(op), .bool, span, [left, right])
        case .and, .or:
            let ok = require(left, .bool) && require(right, .bool)
            return ok ? TypedNode(op == .and ? .and : .or, .bool, span, [left, right]) : nil
        }
    }

    /// `dynamique.level = 'faibel'` names no level of `dynamique`: say so, with the closest name.
    private func checkLevelLiteral(_ side: TypedNode, _ other: TypedNode, source: String) {
        guard case .level(let scoreIndex) = side.type, case .constant(let id) = other.kind, other.type == .text else { return }
        let name = strings.text(Int(id))
        let score = ruleset.scores[scoreIndex]
        let names = score.levels.map(\.name)
        guard !names.contains(name) else { return }
        let hint = Suggestion.closest(to: name, in: names).map { LocalizedMessage(Strings.diagDidYouMean, $0) } ?? LocalizedMessage(Strings.exprKnownNames, names.joined(separator: ", "))
        fail(other.span, LocalizedMessage(Strings.exprUnknownLevel, [.text(name), .text(score.id), .message(hint)]))
    }

    private func reference(_ path: [String], span: Range<Int>, scope: ExpressionScope) -> TypedNode? {
        let first = path[0]
        if case .filter(let eventType) = scope {
            if first == "today" {
                fail(span, LocalizedMessage(Strings.exprOnlyAttributesInFilter, first))
                return nil
            }
            guard path.count == 1 else {
                fail(span, LocalizedMessage(Strings.exprOnlyAttributesInFilter, path.joined(separator: ".")))
                return nil
            }
            if let declared = ruleset.eventType(eventType)?.attributes {
                let names = declared.map(\.name)
                if !names.contains(first) {
                    fail(span, LocalizedMessage(Strings.exprUnknownAttribute, [.text(first), .text(eventType), .message(hint(first, names))]))
                    return nil
                }
            }
            return TypedNode(.attribute(first), .any, span)
        }
        switch first {
        case "value":
            guard case .level = scope else {
                fail(span, LocalizedMessage(Strings.exprValueOutsideLevels))
                return nil
            }
            return path.count == 1 ? TypedNode(.levelSubject, .number, span) : tooLong(path, span)
        case "today":
            return path.count == 1 ? TypedNode(.today, .number, span) : tooLong(path, span)
        case "days_registered":
            return path.count == 1 ? TypedNode(.daysRegistered, .number, span) : tooLong(path, span)
        case "profile":
            guard path.count == 2 else {
                fail(span, LocalizedMessage(Strings.exprProfileNeedsKey))
                return nil
            }
            return TypedNode(.profile(path[1]), profileType(path[1]), span)
        default:
            break
        }
        if let index = ruleset.parameterIndex(first) {
            return path.count == 1 ? TypedNode(.parameter(index), .number, span) : tooLong(path, span)
        }
        if let index = ruleset.scoreIndex(first) {
            if case .scoreValue(let current) = scope {
                if index == current {
                    fail(span, LocalizedMessage(Strings.exprScoreUsesItself, first))
                    return nil
                }
                if index > current {
                    fail(span, LocalizedMessage(Strings.exprScoreUsesLater, first, ruleset.scores[current].id))
                    return nil
                }
            }
            if case .level(let current) = scope, index > current {
                fail(span, LocalizedMessage(Strings.exprScoreUsesLater, first, ruleset.scores[current].id))
                return nil
            }
            if path.count == 1 || (path.count == 2 && path[1] == "value") {
                return TypedNode(.score(index), .number, span)
            }
            if path.count == 2 && path[1] == "level" {
                guard !ruleset.scores[index].levels.isEmpty else {
                    fail(span, LocalizedMessage(Strings.exprScoreHasNoLevels, first))
                    return nil
                }
                if case .level(let current) = scope, index == current {
                    fail(span, LocalizedMessage(Strings.exprScoreUsesItself, first))
                    return nil
                }
                return TypedNode(.level(index), .level(index), span)
            }
            fail(span, LocalizedMessage(Strings.exprUnknownScoreField, path[1], first))
            return nil
        }
        if ruleset.eventType(first) != nil {
            fail(span, LocalizedMessage(Strings.exprEventOutsideFunction, first))
            return nil
        }
        var candidates = ruleset.parameters.map(\.id) + ruleset.scores.map(\.id) + ["today", "days_registered", "never"]
        if case .level = scope { candidates.append("value") }
        if path.count == 2, ruleset.scoreIndex(first) == nil, Suggestion.closest(to: first, in: ruleset.scores.map(\.id)) != nil {
            candidates = ruleset.scores.map(\.id)
        }
        fail(span.lowerBound..<(span.lowerBound + first.unicodeScalars.count), LocalizedMessage(Strings.exprUnknownName, [.text(first), .message(hint(first, candidates))]))
        return nil
    }

    private func hint(_ name: String, _ candidates: [String]) -> LocalizedMessage {
        if let close = Suggestion.closest(to: name, in: candidates) { return LocalizedMessage(Strings.diagDidYouMean, close) }
        return LocalizedMessage(Strings.empty)
    }

    private func tooLong(_ path: [String], _ span: Range<Int>) -> TypedNode? {
        fail(span, LocalizedMessage(Strings.exprUnknownName, [.text(path.joined(separator: ".")), .message(LocalizedMessage(Strings.empty))]))
        return nil
    }

    private func profileType(_ key: String) -> ValueType {
        profileTypes?[key] ?? .any
    }

    // MARK: Calls

    private func call(_ name: String, nameSpan: Range<Int>, arguments: [SyntaxNode], span: Range<Int>, scope: ExpressionScope, source: String) -> TypedNode? {
        func arity(_ allowed: ClosedRange<Int>) -> Bool {
            guard allowed.contains(arguments.count) else {
                let expected = allowed.lowerBound == allowed.upperBound ? "\(allowed.lowerBound)" : "\(allowed.lowerBound)–\(allowed.upperBound)"
                fail(span, LocalizedMessage(Strings.exprWrongArgumentCount, name, expected, String(arguments.count)))
                return false
            }
            return true
        }
        if let aggregate = TypedNode.Aggregate(rawValue: name) {
            if case .filter = scope {
                fail(nameSpan, LocalizedMessage(Strings.exprFunctionInFilter, name))
                return nil
            }
            guard arity(aggregate.acceptsWindow ? 1...2 : 1...1) else { return nil }
            guard let (selector, attribute) = selectorArgument(arguments[0], aggregate: aggregate, source: source) else { return nil }
            var children: [TypedNode] = []
            if arguments.count == 2 {
                guard let window = typed(arguments[1], scope: scope, source: source), require(window, .number) else { return nil }
                children.append(window)
            }
            return TypedNode(.aggregate(aggregate, selector: selector, attribute: attribute), .number, span, children)
        }
        switch name {
        case "min", "max":
            guard arguments.count >= 2 else {
                fail(span, LocalizedMessage(Strings.exprWrongArgumentCount, name, "2+", String(arguments.count)))
                return nil
            }
            let typedArguments = arguments.map { typed($0, scope: scope, source: source) }
            guard typedArguments.allSatisfy({ $0 != nil }) else { return nil }
            let children = typedArguments.compactMap { $0 }
            guard children.allSatisfy({ require($0, .number) }) else { return nil }
            return TypedNode(name == "min" ? .minimum : .maximum, .number, span, children)
        case "if":
            guard arity(3...3) else { return nil }
            let parts = arguments.map { typed($0, scope: scope, source: source) }
            guard let condition = parts[0], let then = parts[1], let otherwise = parts[2] else { return nil }
            guard require(condition, .bool) else { return nil }
            guard compatible(then.type, otherwise.type) else {
                fail(span, LocalizedMessage(Strings.exprIfBranchesDiffer, [.message(LocalizedMessage(then.type.phrase())), .message(LocalizedMessage(otherwise.type.phrase()))]))
                return nil
            }
            return TypedNode(.ifThenElse, then.type == .any ? otherwise.type : then.type, span, [condition, then, otherwise])
        case "has":
            guard arity(1...1) else { return nil }
            guard case .reference(let path, nil) = arguments[0].syntax else {
                fail(arguments[0].span, LocalizedMessage(Strings.exprHasNeedsAttribute))
                return nil
            }
            if case .filter = scope, path.count == 1 {
                return TypedNode(.hasAttribute(path[0]), .bool, span)
            }
            guard path.count == 2, path[0] == "profile" else {
                fail(arguments[0].span, LocalizedMessage(Strings.exprHasNeedsAttribute))
                return nil
            }
            return TypedNode(.hasProfile(path[1]), .bool, span)
        default:
            fail(nameSpan, LocalizedMessage(Strings.exprUnknownFunction, [.text(name), .message(hint(name, Self.functions))]))
            return nil
        }
    }

    /// `T`, `T[cond]`, `T.A` or `T[cond].A`, as the aggregate requires; registers the selector.
    private func selectorArgument(_ node: SyntaxNode, aggregate: TypedNode.Aggregate, source: String) -> (Int, String?)? {
        guard case .reference(let path, let filter) = node.syntax else {
            fail(node.span, LocalizedMessage(aggregate.needsAttribute ? Strings.exprExpectedEventAttribute : Strings.exprExpectedEventType, aggregate.rawValue))
            return nil
        }
        let type = path[0]
        guard let eventType = ruleset.eventType(type) else {
            let typeSpan = node.span.lowerBound..<(node.span.lowerBound + type.unicodeScalars.count)
            fail(typeSpan, LocalizedMessage(Strings.exprUnknownEventType, [.text(type), .message(hint(type, ruleset.eventTypes.map(\.id)))]))
            return nil
        }
        var attribute: String?
        if aggregate.needsAttribute {
            guard path.count == 2 else {
                fail(node.span, LocalizedMessage(Strings.exprExpectedEventAttribute, aggregate.rawValue))
                return nil
            }
            attribute = path[1]
            if let declared = eventType.attributes, !declared.map(\.name).contains(path[1]) {
                fail(node.span, LocalizedMessage(Strings.exprUnknownAttribute, [.text(path[1]), .text(type), .message(hint(path[1], declared.map(\.name)))]))
                return nil
            }
        } else if path.count > 1 {
            fail(node.span, LocalizedMessage(Strings.exprExpectedEventType, aggregate.rawValue))
            return nil
        }
        var typedFilter: TypedNode?
        var filterText = ""
        if let filter {
            guard let checked = typed(filter, scope: .filter(type), source: source) else { return nil }
            guard require(checked, .bool) else { return nil }
            typedFilter = checked
            filterText = text(source, filter.span)
        }
        let selectorText = filterText.isEmpty ? type : "\(type)[\(filterText)]"
        if let existing = selectorIndex[selectorText] { return (existing, attribute) }
        selectors.append(EventSelector(type: type, filter: typedFilter, filterText: filterText, text: selectorText))
        selectorIndex[selectorText] = selectors.count - 1
        return (selectors.count - 1, attribute)
    }
}
