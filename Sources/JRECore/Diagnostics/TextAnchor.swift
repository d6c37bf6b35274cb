/// Where a YAML scalar's text sits in its file, to turn an offset in the text into a line and column.
public struct TextAnchor: Sendable {
    /// How the scalar was written, which decides where its first character is.
    public enum Style: Sendable {
        case plain
        case quoted
        /// A `|` or `>` block: content starts on the next line, at `indent`; `lineLengths` are the
        /// content lines' lengths (each joined to the next by one character: a newline, or a space when folded).
        case block(indent: Int, lineLengths: [Int])
    }

    public var line: Int
    public var column: Int
    public var style: Style

    public init(line: Int, column: Int, style: Style) {
        self.line = line
        self.column = column
        self.style = style
    }

    /// The 1-based line and column of the character at `offset` (in Unicode scalars) of `text`.
    public func position(ofOffset offset: Int, in text: String) -> SourcePosition {
        switch style {
        case .plain:
            return SourcePosition(line: line, column: column + offset)
        case .quoted:
            return SourcePosition(line: line, column: column + 1 + offset)
        case .block(let indent, let lineLengths):
            var lineIndex = 0
            var lineStart = 0
            while lineIndex < lineLengths.count - 1, offset > lineStart + lineLengths[lineIndex] {
                lineStart += lineLengths[lineIndex] + 1
                lineIndex += 1
            }
            return SourcePosition(line: line + 1 + lineIndex, column: indent + 1 + max(0, offset - lineStart))
        }
    }
}
