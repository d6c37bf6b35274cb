import JREText

/// A located problem in a model file: which file, where in it, and what is wrong.
///
/// JSON model files are located by a path such as `learner.gradient_booster.model.trees[3].left_children[7]`
/// (or by line and column for a syntax error); YAML scorecards and CSV inputs by line and column.
/// What is wrong is a phrase of the string table, rendered in either language.
public struct ModelFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where in the file the problem is.
    public enum Place: Sendable, Hashable {
        /// The whole file (unreadable, empty…).
        case file
        /// A 1-based line and column.
        case position(line: Int, column: Int)
        /// A JSON path from the document root.
        case jsonPath(String)
    }

    /// The file as the user named it.
    public var file: String
    public var place: Place
    /// What is wrong, in either language.
    public var text: LocalizedMessage

    public init(file: String, place: Place, text: LocalizedMessage) {
        self.file = file
        self.place = place
        self.text = text
    }

    /// A message in the same words in both languages (a library's own, an English-only detail).
    public init(file: String, place: Place, message: String) {
        self.init(file: file, place: place, text: LocalizedMessage(Strings.modelVerbatim, message))
    }

    /// What is wrong, in English.
    public var message: String { text.render(.en) }

    /// `FILE:LINE:COLUMN: error: MESSAGE` or `FILE: error at PATH: MESSAGE`, on one line, the
    /// message in `lang` (the skeleton is the diagnostics', the same in both languages).
    public func render(_ lang: Lang) -> String { located.render(lang) }

    /// The whole line as a message, for a diagnostic that quotes it.
    public var located: LocalizedMessage {
        let prefix: String
        switch place {
        case .file: prefix = "\(file): error: "
        case .position(let line, let column): prefix = "\(file):\(line):\(column): error: "
        case .jsonPath(let path): prefix = "\(file): error at \(path): "
        }
        return LocalizedMessage(Strings.modelErrorLocated, [.text(prefix), .message(text)])
    }

    /// The line in English.
    public var description: String { render(.en) }

    /// The same file, place and words (in English): however the message was made.
    public static func == (a: ModelFileError, b: ModelFileError) -> Bool {
        a.file == b.file && a.place == b.place && a.message == b.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(place)
        hasher.combine(message)
    }
}

extension JSONCursor {
    /// A located error at this cursor's JSON path, in the string table's words.
    func failure(_ phrase: Phrase, _ texts: String...) -> ModelFileError {
        ModelFileError(file: file, place: .jsonPath(path.isEmpty ? "(root)" : path), text: LocalizedMessage(phrase, texts.map { .text($0) }))
    }
}
