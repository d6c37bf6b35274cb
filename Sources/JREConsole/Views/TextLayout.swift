import JRETerminal

/// Word wrapping and padding by display width, for the views.
public enum TextLayout {
    /// `text` cut into lines (continuation lines indented by `hangingIndent` more than the paragraph) of at most `width` columns, at spaces where possible.
    public static func wrap(_ text: String, width: Int, hangingIndent: Int = 0) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // Keep a paragraph's indentation, and indent its continuation lines two more.
            let indent = String(paragraph.prefix { $0 == " " }.prefix(max(0, width / 2)))
            let innerWidth = max(1, width - indent.count - hangingIndent)
            var pieces: [String] = []
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                while DisplayWidth.of(word) > innerWidth {
                    if !line.isEmpty { pieces.append(line); line = "" }
                    pieces.append(String(word.prefix(innerWidth)))
                    word = String(word.dropFirst(innerWidth))
                }
                let candidate = line.isEmpty ? word : line + " " + word
                let limit = pieces.isEmpty ? width - indent.count : innerWidth
                if DisplayWidth.of(candidate) > limit, !line.isEmpty {
                    pieces.append(line)
                    line = word
                } else {
                    line = candidate
                }
            }
            pieces.append(line)
            for (index, piece) in pieces.enumerated() {
                lines.append(index == 0 ? indent + piece : indent + String(repeating: " ", count: hangingIndent) + piece)
            }
        }
        return lines
    }

    /// `text` padded with spaces to exactly `width` columns, or cut to them with « … » (in display
    /// columns, so wide characters are never split).
    public static func pad(_ text: String, _ width: Int) -> String {
        let current = DisplayWidth.of(text)
        if current > width {
            let cut = DisplayWidth.truncated(text, toWidth: max(0, width), ellipsis: "…")
            return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
        }
        return text + String(repeating: " ", count: width - current)
    }
}
