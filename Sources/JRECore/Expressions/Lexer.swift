import JREText

/// One token of an expression.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case number(Double)
        case string(String)
        case name(String)
        case symbol(String)
        case end
    }

    var kind: Kind
    var span: Range<Int>
}

/// Splits an expression into tokens; offsets count Unicode scalars, as YAML columns do.
struct Lexer {
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    func tokens() throws(ExpressionError) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        func isDigit(_ s: Unicode.Scalar) -> Bool { s >= "0" && s <= "9" }
        func isNameStart(_ s: Unicode.Scalar) -> Bool { (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || s == "_" || s.properties.isAlphabetic }
        func isNamePart(_ s: Unicode.Scalar) -> Bool { isNameStart(s) || isDigit(s) }

        while index < scalars.count {
            let scalar = scalars[index]
            let start = index
            if scalar.properties.isWhitespace {
                index += 1
                continue
            }
            if isDigit(scalar) || (scalar == "." && index + 1 < scalars.count && isDigit(scalars[index + 1])) {
                while index < scalars.count, isDigit(scalars[index]) || scalars[index] == "." { index += 1 }
                let text = String(String.UnicodeScalarView(scalars[start..<index]))
                guard var value = Double(text) else {
                    throw ExpressionError(span: start..<index, message: LocalizedMessage(Strings.exprBadNumber, text))
                }
                if index < scalars.count, scalars[index] == "d" || scalars[index] == "w",
                   index + 1 >= scalars.count || !isNamePart(scalars[index + 1]) {
                    if scalars[index] == "w" { value *= 7 }
                    index += 1
                } else if index < scalars.count, isNameStart(scalars[index]) {
                    var end = index
                    while end < scalars.count, isNamePart(scalars[end]) { end += 1 }
                    let suffix = String(String.UnicodeScalarView(scalars[index..<end]))
                    throw ExpressionError(span: start..<end, message: LocalizedMessage(Strings.exprBadDurationUnit, text + suffix, suffix))
                }
                tokens.append(Token(kind: .number(value), span: start..<index))
                continue
            }
            if isNameStart(scalar) {
                while index < scalars.count, isNamePart(scalars[index]) { index += 1 }
                tokens.append(Token(kind: .name(String(String.UnicodeScalarView(scalars[start..<index]))), span: start..<index))
                continue
            }
            if scalar == "'" || scalar == "\"" {
                index += 1
                var text = String.UnicodeScalarView()
                while index < scalars.count, scalars[index] != scalar {
                    text.append(scalars[index])
                    index += 1
                }
                guard index < scalars.count else {
                    throw ExpressionError(span: start..<scalars.count, message: LocalizedMessage(Strings.exprUnterminatedString))
                }
                index += 1
                tokens.append(Token(kind: .string(String(text)), span: start..<index))
                continue
            }
            let two = index + 1 < scalars.count ? String(String.UnicodeScalarView([scalar, scalars[index + 1]])) : ""
            if ["<=", ">=", "!=", "==", "<>"].contains(two) {
                let symbol = two == "==" ? "=" : (two == "<>" ? "!=" : two)
                tokens.append(Token(kind: .symbol(symbol), span: start..<index + 2))
                index += 2
                continue
            }
            if "+-*/<>=(),[].".unicodeScalars.contains(scalar) {
                tokens.append(Token(kind: .symbol(String(scalar)), span: start..<index + 1))
                index += 1
                continue
            }
            throw ExpressionError(span: start..<index + 1, message: LocalizedMessage(Strings.exprUnexpectedCharacter, [.text(String(scalar)), .message(hintMessage(for: scalar))]))
        }
        tokens.append(Token(kind: .end, span: scalars.count..<scalars.count))
        return tokens
    }

    private func hintMessage(for scalar: Unicode.Scalar) -> LocalizedMessage {
        switch scalar {
        case "&": return LocalizedMessage(Strings.exprHintAnd)
        case "|": return LocalizedMessage(Strings.exprHintOr)
        case "!": return LocalizedMessage(Strings.exprHintNot)
        default: return LocalizedMessage(Strings.empty)
        }
    }
}
