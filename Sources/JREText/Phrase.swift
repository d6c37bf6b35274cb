import Foundation

/// One visible text in both languages: the unit of the string table.
///
/// Placeholders are `{0}`, `{1}`… and are filled in order by ``format(_:_:)``.
/// Every visible string of jre-console is a `Phrase` declared as a static member of ``Strings``
/// (one table, split into files by area: `Strings+Diagnostics.swift`, `Strings+Console.swift`…).
public struct Phrase: Sendable, Hashable {
    public let fr: String
    public let en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    /// The text in `lang` with its placeholders filled.
    public func format(_ lang: Lang, _ arguments: String...) -> String {
        format(lang, arguments: arguments)
    }

    /// The text in `lang` with its placeholders filled from an array.
    public func format(_ lang: Lang, arguments: [String]) -> String {
        var text = lang == .fr ? fr : en
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
    }

    /// The text in `lang`, for phrases without placeholders.
    public func callAsFunction(_ lang: Lang) -> String {
        lang == .fr ? fr : en
    }
}

/// The string table: every visible text, as static ``Phrase`` members declared in extensions by area.
public enum Strings {}
