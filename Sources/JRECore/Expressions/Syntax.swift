/// A parsed expression, as written, with the span of each part (offsets in Unicode scalars).
public indirect enum Syntax: Sendable {
    case number(Double)
    case string(String)
    case bool(Bool)
    case never
    /// A bare or dotted name (`window`, `dynamique.level`, `profile.age`), with an optional
    /// `[filter]` after its first segment (`response[outcome = 'refus']`, `application[x].rome`).
    case reference(path: [String], filter: SyntaxNode?)
    case unary(UnaryOperator, SyntaxNode)
    case binary(BinaryOperator, SyntaxNode, SyntaxNode)
    case call(name: String, nameSpan: Range<Int>, arguments: [SyntaxNode])
}

/// A syntax node and the part of the expression text it covers.
public struct SyntaxNode: Sendable {
    public var syntax: Syntax
    public var span: Range<Int>
    /// The height of the tree under this node (1 for a leaf), bounded by ``ExpressionParser/maximumDepth``
    /// so that every walk over the tree stays within a small stack.
    var height: Int = 1
}

public enum UnaryOperator: String, Sendable {
    case negate = "-"
    case not
}

public enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case equal = "=", notEqual = "!="
    case and, or

    var isComparison: Bool {
        switch self {
        case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual: return true
        default: return false
        }
    }

    var isArithmetic: Bool {
        switch self {
        case .add, .subtract, .multiply, .divide: return true
        default: return false
        }
    }
}

/// A problem found while reading or checking an expression, at a span of its text.
public struct ExpressionError: Error, Sendable {
    public var span: Range<Int>
    public var message: LocalizedMessage
}
