import JREText

/// Why a key script line could not be read, with where and what was expected.
public struct KeyScriptError: Error, Equatable, Sendable {
    /// What is wrong with the line.
    public enum Problem: Equatable, Sendable {
        /// The line has a delay but no key.
        case missingKey
        /// The first word is not a whole number of milliseconds.
        case badDelay(String)
        /// The key is not a single character nor a known name; the closest name, if any.
        case unknownKey(String, suggestion: String?)
        /// An action's argument is missing or malformed.
        case badArgument(action: String, value: String, expected: Expected)
    }

    /// The form an action's argument should take.
    public enum Expected: Equatable, Sendable {
        case size
        case cell
        case signal
        case text
        case nothing
    }

    /// The 1-based line number.
    public var line: Int
    /// The offending line, as written.
    public var text: String
    /// The 0-based column (in characters) of the offending part.
    public var column: Int
    /// How many characters the offending part spans (at least 1).
    public var length: Int
    /// What is wrong.
    public var problem: Problem

    public init(line: Int, text: String, column: Int, length: Int, problem: Problem) {
        self.line = line
        self.text = text
        self.column = column
        self.length = length
        self.problem = problem
    }

    /// The diagnostic in `lang`: the problem with its line number, then the line with a marker
    /// under the offending part.
    ///
    /// ```text
    /// line 3: unknown key "Entr"; did you mean "Enter"?
    ///   3 | 0 Entr
    ///     |   ^^^^
    /// ```
    public func message(_ lang: Lang) -> String {
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count)
        let marker = String(repeating: " ", count: max(0, column)) + String(repeating: "^", count: max(1, length))
        return Strings.termScriptAtLine.format(lang, number, summary(lang))
            + "\n  \(number) | \(text)\n  \(gutter) | \(marker)"
    }

    /// The problem alone, in `lang`.
    public func summary(_ lang: Lang) -> String {
        switch problem {
        case .missingKey:
            return Strings.termScriptMissingKey(lang)
        case .badDelay(let word):
            return Strings.termScriptBadDelay.format(lang, word)
        case .unknownKey(let name, let suggestion):
            let base = Strings.termScriptUnknownKey.format(lang, name)
            return suggestion.map { base + Strings.termScriptDidYouMean.format(lang, $0) } ?? base
        case .badArgument(let action, let value, let expected):
            return Strings.termScriptBadArgument.format(lang, action, value, expected.phrase(lang))
        }
    }
}

extension KeyScriptError: CustomStringConvertible {
    public var description: String { message(Lang.fromEnvironment()) }
}

extension KeyScriptError.Expected {
    func phrase(_ lang: Lang) -> String {
        switch self {
        case .size: Strings.termScriptExpectSize(lang)
        case .cell: Strings.termScriptExpectCell(lang)
        case .signal: Strings.termScriptExpectSignal(lang)
        case .text: Strings.termScriptExpectText(lang)
        case .nothing: Strings.termScriptExpectNothing(lang)
        }
    }
}
