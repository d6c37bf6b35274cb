import JRECore

/// The CSV dialect of population files: comma or semicolon separated (a spreadsheet set to French
/// writes semicolons and decimal commas), optional UTF-8 byte-order mark, `\n` or `\r\n` line ends,
/// fields optionally quoted with `"` (a doubled `""` inside is one quote). A cell may not hold a line break.
enum CSVSyntax {
    static let comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";"), quote = UInt8(ascii: "\"")
    static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    /// One field of a line: its bytes (between quotes for a quoted field) and where it starts.
    struct Field {
        var start: UnsafePointer<UInt8>
        var length: Int
        /// Offset of the field's first byte from the line's start (for error columns).
        var offset: Int
        var quoted: Bool
        /// A quoted field containing `""`, to unescape before use.
        var escaped: Bool
    }

    /// Splits fields off one line (without its line end).
    struct LineCursor {
        let line: UnsafePointer<UInt8>
        let length: Int
        let separator: UInt8
        private(set) var position = 0
        /// False once the last field has been read.
        private(set) var hasMore = true

        init(line: UnsafePointer<UInt8>, length: Int, separator: UInt8) {
            self.line = line
            var length = length
            if length > 0, line[length - 1] == CSVSyntax.carriageReturn { length -= 1 }
            self.length = length
            self.separator = separator
        }

        /// The next field, or nil at the end of the line; throws the offset of an unterminated quote.
        @inline(__always)
        mutating func next() throws(UnterminatedQuote) -> Field? {
            guard hasMore else { return nil }
            let start = position
            if position < length, line[position] == CSVSyntax.quote {
                var index = position + 1
                var escaped = false
                while true {
                    guard index < length else { throw UnterminatedQuote(offset: start) }
                    if line[index] == CSVSyntax.quote {
                        if index + 1 < length, line[index + 1] == CSVSyntax.quote {
                            escaped = true
                            index += 2
                            continue
                        }
                        break
                    }
                    index += 1
                }
                let field = Field(start: line + start + 1, length: index - start - 1, offset: start, quoted: true, escaped: escaped)
                position = index + 1
                if position < length, line[position] == separator { position += 1 } else { hasMore = false }
                return field
            }
            var index = position
            while index < length, line[index] != separator { index += 1 }
            let field = Field(start: line + start, length: index - start, offset: start, quoted: false, escaped: false)
            if index < length { position = index + 1 } else { hasMore = false }
            return field
        }

        /// Skips the next field without looking at it (faster than ``next()`` for unquoted fields).
        @inline(__always)
        mutating func skip() throws(UnterminatedQuote) {
            guard hasMore else { return }
            if position < length, line[position] == CSVSyntax.quote {
                _ = try next()
                return
            }
            while position < length, line[position] != separator { position += 1 }
            if position < length { position += 1 } else { hasMore = false }
        }
    }

    /// A quoted field whose closing quote is missing (often a line break inside a cell).
    struct UnterminatedQuote: Error {
        var offset: Int
    }

    /// How many `separator` and `"` bytes a line has, sixteen bytes at a time.
    @inline(__always)
    static func count(_ separator: UInt8, _ line: UnsafePointer<UInt8>, _ length: Int) -> (separators: Int, quotes: Int) {
        let raw = UnsafeRawPointer(line)
        let separators16 = SIMD16<UInt8>(repeating: separator), quotes16 = SIMD16<UInt8>(repeating: quote)
        let zero = SIMD16<UInt8>(repeating: 0), one = SIMD16<UInt8>(repeating: 1)
        var separatorSum = SIMD16<UInt8>(repeating: 0), quoteSum = SIMD16<UInt8>(repeating: 0)
        var separators = 0, quotes = 0, offset = 0, chunks = 0
        while offset + 16 <= length {
            let bytes = raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
            separatorSum &+= zero.replacing(with: one, where: bytes .== separators16)
            quoteSum &+= zero.replacing(with: one, where: bytes .== quotes16)
            offset += 16
            chunks += 1
            if chunks == 255 {
                separators += Int(SIMD16<UInt16>(truncatingIfNeeded: separatorSum).wrappedSum())
                quotes += Int(SIMD16<UInt16>(truncatingIfNeeded: quoteSum).wrappedSum())
                separatorSum = zero
                quoteSum = zero
                chunks = 0
            }
        }
        separators += Int(SIMD16<UInt16>(truncatingIfNeeded: separatorSum).wrappedSum())
        quotes += Int(SIMD16<UInt16>(truncatingIfNeeded: quoteSum).wrappedSum())
        while offset < length {
            separators &+= line[offset] == separator ? 1 : 0
            quotes &+= line[offset] == quote ? 1 : 0
            offset += 1
        }
        return (separators, quotes)
    }

    /// The field's text (quotes removed, `""` unescaped).
    static func text(_ field: Field) -> String {
        let raw = String(decoding: UnsafeBufferPointer(start: field.start, count: field.length), as: UTF8.self)
        return field.escaped ? raw.replacingOccurrences(of: "\"\"", with: "\"") : raw
    }

    /// The separator a header line uses: `;` when it has semicolons and no comma, else `,`.
    static func separator(ofHeader line: UnsafePointer<UInt8>, length: Int) -> UInt8 {
        var commas = 0, semicolons = 0
        for index in 0..<length {
            if line[index] == comma { commas += 1 } else if line[index] == semicolon { semicolons += 1 }
        }
        return semicolons > 0 && commas == 0 ? semicolon : comma
    }

    /// How a cell's text is read: quoted cells are texts; otherwise `true`/`false` (any case) are
    /// yes/no, plain decimals (`12`, `-3`, `2.5`, and `2,5` in a semicolon file) are numbers, the rest texts.
    static func value(_ field: Field, separator: UInt8) -> ScalarValue {
        if field.quoted { return .text(text(field)) }
        if let number = number(field.start, field.length, decimalComma: separator == semicolon) { return .number(number) }
        if let flag = bool(field.start, field.length) { return .bool(flag) }
        return .text(text(field))
    }

    /// A plain decimal number (no exponent, no `inf` or `nan`), or nil.
    static func number(_ bytes: UnsafePointer<UInt8>, _ length: Int, decimalComma: Bool) -> Double? {
        guard length > 0, length < 40 else { return nil }
        var index = 0, digits = 0, separators = 0
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") { index = 1 }
        var text = ""
        if bytes[0] == UInt8(ascii: "-") { text = "-" }
        while index < length {
            let byte = bytes[index]
            if byte >= 48 && byte <= 57 {
                digits += 1
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else if byte == UInt8(ascii: ".") || (decimalComma && byte == comma) {
                separators += 1
                text += "."
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0, separators <= 1 else { return nil }
        return Double(text)
    }

    /// `true`/`false` in any case, or nil.
    static func bool(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> Bool? {
        func matches(_ word: StaticString) -> Bool {
            guard word.utf8CodeUnitCount == length else { return false }
            let letters = word.utf8Start
            for index in 0..<length where bytes[index] | 0x20 != letters[index] { return false }
            return true
        }
        if matches("true") { return true }
        if matches("false") { return false }
        return nil
    }

    /// An integer `[+-]digits`, or nil.
    @inline(__always)
    static func integer(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> Int? {
        guard length > 0, length < 12 else { return nil }
        var index = 0, negative = false
        if bytes[0] == UInt8(ascii: "-") { negative = true; index = 1 } else if bytes[0] == UInt8(ascii: "+") { index = 1 }
        guard index < length else { return nil }
        var value = 0
        while index < length {
            let digit = Int(bytes[index]) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            value = value * 10 + digit
            index += 1
        }
        return negative ? -value : value
    }

    /// `text` as a CSV field: quoted when it holds the separator, a quote or a line break.
    static func escape(_ text: String, separator: UInt8 = comma) -> String {
        let needsQuotes = text.utf8.contains { $0 == separator || $0 == quote || $0 == newline || $0 == carriageReturn }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
