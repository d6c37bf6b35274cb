import JREText

/// A message from the string table with its arguments, rendered in either language on demand.
public struct LocalizedMessage: Sendable, Hashable {
    /// One argument of a message: plain text, or another message rendered in the same language.
    public indirect enum Part: Sendable, Hashable {
        case text(String)
        case message(LocalizedMessage)
    }

    public var phrase: Phrase
    public var parts: [Part]

    public init(_ phrase: Phrase, _ parts: [Part] = []) {
        self.phrase = phrase
        self.parts = parts
    }

    public init(_ phrase: Phrase, _ texts: String...) {
        self.init(phrase, texts.map { .text($0) })
    }

    public func render(_ lang: Lang) -> String {
        phrase.format(lang, arguments: parts.map { part in
            switch part {
            case .text(let text): return text
            case .message(let message): return message.render(lang)
            }
        })
    }
}
