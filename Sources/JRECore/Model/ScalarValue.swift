import Foundation
/// A scalar read from a file: an event attribute or a profile value.
public enum ScalarValue: Sendable, Hashable, CustomStringConvertible {
    case number(Double)
    case text(String)
    case bool(Bool)

    public var description: String {
        switch self {
        case .number(let value): return NumberFormat.plain(value)
        case .text(let value): return value
        case .bool(let value): return value ? "true" : "false"
        }
    }

    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}

/// Number formatting shared by every output: integers without a decimal point.
public enum NumberFormat {
    /// `3`, `2.5`, `0.333`, or `never` for infinity.
    public static func plain(_ value: Double) -> String {
        if value.isInfinite { return value > 0 ? "never" : "-never" }
        if value.isNaN { return "NaN" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The shortest exact decimal for JSON (no `never`: callers print null).
    public static func json(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
