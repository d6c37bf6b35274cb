import JREText

/// A located problem in a scenario or ruleset file, or in a command-line value.
public struct Diagnostic: Sendable, Hashable {
    /// Errors stop a file from loading; warnings are shown and do not.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    /// The file as the user named it (or the bundled path).
    public var file: String
    /// 1-based line and column; 0 when the position is unknown.
    public var line: Int
    public var column: Int
    /// How many columns the marker underlines (at least 1).
    public var length: Int
    public var message: LocalizedMessage
    /// Where in the document: « claimant 'camille' », « score 'dynamique' »…, outermost first.
    public var context: [LocalizedMessage]
    /// The offending source line, for the marker.
    public var sourceLine: String?

    public init(
        _ severity: Severity = .error, file: String, line: Int, column: Int, length: Int = 1,
        message: LocalizedMessage, context: [LocalizedMessage] = [], sourceLine: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.length = max(1, length)
        self.message = message
        self.context = context
        self.sourceLine = sourceLine
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE (in …)` — one line, greppable.
    public func headline(_ lang: Lang) -> String {
        let where_ = line > 0 ? "\(file):\(line):\(column)" : file
        let kind = severity == .error ? "error" : "warning"
        var text = "\(where_): \(kind): \(message.render(lang))"
        if !context.isEmpty {
            let path = context.map { $0.render(lang) }.joined(separator: ", ")
            text += " [" + path + "]"
        }
        return text
    }

    /// The headline, then the source line with a marker under the exact spot.
    /// The longest source line quoted whole under a diagnostic (longer ones are shown as a window).
    static let longestShownLine = 400

    public func render(_ lang: Lang) -> String {
        var text = headline(lang)
        if let sourceLine, line > 0 {
            let number = String(line)
            let gutter = String(repeating: " ", count: number.count)
            var visible = sourceLine.replacingOccurrences(of: "\t", with: " ")
            var scalars = Array(visible.unicodeScalars)
            var start = max(0, min(column - 1, scalars.count))
            // A huge line (a 60,000-term expression) is shown as a window around the spot.
            if scalars.count > Self.longestShownLine {
                let from = max(0, min(start - 40, scalars.count - Self.longestShownLine))
                let to = min(scalars.count, from + Self.longestShownLine)
                let window = (from > 0 ? "…" : "") + String(String.UnicodeScalarView(scalars[from..<to])) + (to < scalars.count ? "…" : "")
                start = start - from + (from > 0 ? 1 : 0)
                visible = window
                scalars = Array(window.unicodeScalars)
            }
            let width = max(1, min(length, max(1, scalars.count - start)))
            text += "\n \(number) | \(visible)"
            text += "\n \(gutter) | " + String(repeating: " ", count: start) + "^" + String(repeating: "~", count: width - 1)
        }
        return text
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}
