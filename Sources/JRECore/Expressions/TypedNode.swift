import JREText

/// The static type of an expression.
public enum ValueType: Sendable, Equatable {
    case number
    case bool
    case text
    /// The level name of the score at this index.
    case level(Int)
    /// A profile or event attribute whose type is only known per claimant or per event.
    case any

    func phrase() -> Phrase {
        switch self {
        case .number: return Strings.typeNumber
        case .bool: return Strings.typeBool
        case .text, .level: return Strings.typeText
        case .any: return Strings.typeAny
        }
    }
}

/// A checked expression node: what it computes, its type, and the span of text it came from.
public final class TypedNode: Sendable {
    /// What a node computes.
    public enum Kind: Sendable {
        /// A literal; strings are interned ids (see ``CompiledRuleset/strings``), booleans 0/1, never +∞.
        case constant(Double)
        case parameter(Int)
        case score(Int)
        case level(Int)
        /// `value` inside a score's levels.
        case levelSubject
        case today
        case daysRegistered
        case profile(String)
        case hasProfile(String)
        /// An event attribute, inside a `[filter]`.
        case attribute(String)
        case hasAttribute(String)
        case negate
        case not
        case arithmetic(BinaryOperator)
        case comparison(BinaryOperator)
        case and
        case or
        case ifThenElse
        case minimum
        case maximum
        /// An event aggregate over a selector; the window (if any) is the only child.
        case aggregate(Aggregate, selector: Int, attribute: String?)
        /// The trained model of the score at this index; its children are the features, in the model's order.
        case model(Int)
    }

    /// The functions over events.
    public enum Aggregate: String, Sendable, CaseIterable {
        case count
        case daysSince = "days_since"
        case distinct
        case last
        case sum
        case highest
        case lowest

        /// Whether the function reads an attribute (`T.A`) rather than counting events.
        var needsAttribute: Bool {
            switch self {
            case .count, .daysSince: return false
            default: return true
            }
        }

        var acceptsWindow: Bool { self != .daysSince }
    }

    public let kind: Kind
    public let type: ValueType
    public let span: Range<Int>
    public let children: [TypedNode]

    init(_ kind: Kind, _ type: ValueType, _ span: Range<Int>, _ children: [TypedNode] = []) {
        self.kind = kind
        self.type = type
        self.span = span
        self.children = children
    }

    /// Whether this node or a descendant reads `today` or the window's events (used to spot constant rules).
    var readsProfile: Bool {
        if case .profile = kind { return true }
        if case .daysRegistered = kind { return true }
        return children.contains { $0.readsProfile }
    }
}

/// An event type with an optional filter, shared by every aggregate that names it.
public struct EventSelector: Sendable {
    public var type: String
    public var filter: TypedNode?
    /// The filter as written, for explanations (empty without filter).
    public var filterText: String
    /// `type` or `type[filter]`, as written.
    public var text: String
}
