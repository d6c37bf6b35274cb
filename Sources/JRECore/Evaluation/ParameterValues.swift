import Foundation
import JREText

/// The value of every ruleset parameter in force: defaults, then scenario and user overrides.
public struct ParameterValues: Sendable, Hashable {
    public private(set) var values: [Double]

    public init(values: [Double]) {
        self.values = values
    }

    /// The ruleset's defaults.
    public init(defaultsOf ruleset: Ruleset) {
        values = ruleset.parameters.map(\.value)
    }

    public subscript(index: Int) -> Double {
        get { values[index] }
        set { values[index] = newValue }
    }

    /// A problem with an override: unknown name, not a number, or out of range.
    public struct OverrideError: Error, Sendable {
        public var message: LocalizedMessage
    }

    /// These values with `name` set to `value`, checked against the parameter's range.
    public func setting(_ name: String, to value: Double, in ruleset: Ruleset) throws(OverrideError) -> ParameterValues {
        guard let index = ruleset.parameterIndex(name) else {
            let names = ruleset.parameters.map(\.id)
            let hint = Suggestion.closest(to: name, in: names).map { LocalizedMessage(Strings.diagDidYouMean, $0) } ?? LocalizedMessage(Strings.exprKnownNames, names.joined(separator: ", "))
            throw OverrideError(message: LocalizedMessage(Strings.overrideUnknown, [.text(name), .message(hint)]))
        }
        let parameter = ruleset.parameters[index]
        guard value.isFinite, parameter.accepts(value) else {
            throw OverrideError(message: LocalizedMessage(Strings.overrideOutOfRange, name, NumberFormat.plain(value), NumberFormat.plain(parameter.min), NumberFormat.plain(parameter.max)))
        }
        var copy = self
        copy.values[index] = value
        return copy
    }

    /// Parses `NAME=VALUE` and applies it.
    public func applying(assignment: String, in ruleset: Ruleset) throws(OverrideError) -> ParameterValues {
        let parts = assignment.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty else {
            throw OverrideError(message: LocalizedMessage(Strings.overrideSyntax, assignment))
        }
        guard let value = DurationValue.parse(parts[1]) else {
            throw OverrideError(message: LocalizedMessage(Strings.overrideNotANumber, parts[0], parts[1]))
        }
        return try setting(parts[0], to: value, in: ruleset)
    }

    /// The names of the parameters whose value differs from the ruleset's default.
    public func changed(from ruleset: Ruleset) -> [String] {
        zip(ruleset.parameters, values).filter { $0.0.value != $0.1 }.map(\.0.id)
    }
}

/// Numbers as people type them for parameters: `21`, `2.5`, `30d`, `4w`.
public enum DurationValue {
    public static func parse(_ text: String) -> Double? {
        var body = text.trimmingCharacters(in: .whitespaces)
        var factor = 1.0
        if body.hasSuffix("d") {
            body.removeLast()
        } else if body.hasSuffix("w") {
            body.removeLast()
            factor = 7
        }
        guard let value = Double(body.replacingOccurrences(of: ",", with: ".")), value.isFinite else { return nil }
        return value * factor
    }
}
