import JREText

/// Reads an expression into a syntax tree, with the precedence of the format:
/// unary `-`, then `* /`, `+ -`, comparisons, `not`, `and`, `or` (loosest).
struct ExpressionParser {
    private var tokens: [Token]
    private var position = 0
    private var depth = 0

    /// Parses `text`, or throws the first syntax error with its span.
    static func parse(_ text: String) throws(ExpressionError) -> SyntaxNode {
        var parser = ExpressionParser(tokens: try Lexer(text).tokens())
        let node = try parser.parseOr()
        guard case .end = parser.current.kind else {
            throw ExpressionError(span: parser.current.span, message: LocalizedMessage(Strings.exprUnexpectedToken, parser.describe(parser.current)))
        }
        return node
    }

    private init(tokens: [Token]) {
        self.tokens = tokens
    }

    private var current: Token { tokens[position] }

    private mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private func isSymbol(_ symbol: String) -> Bool {
        if case .symbol(symbol) = current.kind { return true }
        return false
    }

    private func isKeyword(_ word: String) -> Bool {
        if case .name(let name) = current.kind { return name == word }
        return false
    }

    private func describe(_ token: Token) -> String {
        switch token.kind {
        case .number(let value): return NumberFormat.plain(value)
        case .string(let text): return "'\(text)'"
        case .name(let name): return name
        case .symbol(let symbol): return symbol
        case .end: return "…"
        }
    }

    private mutating func expect(_ symbol: String) throws(ExpressionError) {
        guard isSymbol(symbol) else {
            if case .end = current.kind {
                throw ExpressionError(span: current.span, message: LocalizedMessage(Strings.exprMissingSymbol, symbol))
            }
            throw ExpressionError(span: current.span, message: LocalizedMessage(Strings.exprExpectedSymbol, symbol, describe(current)))
        }
        _ = advance()
    }

    private mutating func nested<T>(_ body: (inout ExpressionParser) throws(ExpressionError) -> T) throws(ExpressionError) -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth < 200 else {
            throw ExpressionError(span: current.span, message: LocalizedMessage(Strings.exprTooDeep))
        }
        return try body(&self)
    }

    private mutating func parseOr() throws(ExpressionError) -> SyntaxNode {
        var left = try parseAnd()
        while isKeyword("or") {
            _ = advance()
            let right = try parseAnd()
            left = SyntaxNode(syntax: .binary(.or, left, right), span: left.span.lowerBound..<right.span.upperBound)
        }
        return left
    }

    private mutating func parseAnd() throws(ExpressionError) -> SyntaxNode {
        var left = try parseNot()
        while isKeyword("and") {
            _ = advance()
            let right = try parseNot()
            left = SyntaxNode(syntax: .binary(.and, left, right), span: left.span.lowerBound..<right.span.upperBound)
        }
        return left
    }

    private mutating func parseNot() throws(ExpressionError) -> SyntaxNode {
        if isKeyword("not") {
            let start = advance().span.lowerBound
            let operand = try nested { (parser: inout ExpressionParser) throws(ExpressionError) in try parser.parseNot() }
            return SyntaxNode(syntax: .unary(.not, operand), span: start..<operand.span.upperBound)
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws(ExpressionError) -> SyntaxNode {
        let left = try parseSum()
        let operators: [String: BinaryOperator] = ["<": .less, "<=": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual, "=": .equal, "!=": .notEqual]
        guard case .symbol(let symbol) = current.kind, let op = operators[symbol] else { return left }
        _ = advance()
        let right = try parseSum()
        if case .symbol(let next) = current.kind, operators[next] != nil {
            throw ExpressionError(span: current.span, message: LocalizedMessage(Strings.exprChainedComparison, next))
        }
        return SyntaxNode(syntax: .binary(op, left, right), span: left.span.lowerBound..<right.span.upperBound)
    }

    private mutating func parseSum() throws(ExpressionError) -> SyntaxNode {
        var left = try parseProduct()
        while isSymbol("+") || isSymbol("-") {
            let op: BinaryOperator = isSymbol("+") ? .add : .subtract
            _ = advance()
            let right = try parseProduct()
            left = SyntaxNode(syntax: .binary(op, left, right), span: left.span.lowerBound..<right.span.upperBound)
        }
        return left
    }

    private mutating func parseProduct() throws(ExpressionError) -> SyntaxNode {
        var left = try parseUnary()
        while isSymbol("*") || isSymbol("/") {
            let op: BinaryOperator = isSymbol("*") ? .multiply : .divide
            _ = advance()
            let right = try parseUnary()
            left = SyntaxNode(syntax: .binary(op, left, right), span: left.span.lowerBound..<right.span.upperBound)
        }
        return left
    }

    private mutating func parseUnary() throws(ExpressionError) -> SyntaxNode {
        if isSymbol("-") {
            let start = advance().span.lowerBound
            let operand = try nested { (parser: inout ExpressionParser) throws(ExpressionError) in try parser.parseUnary() }
            return SyntaxNode(syntax: .unary(.negate, operand), span: start..<operand.span.upperBound)
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(ExpressionError) -> SyntaxNode {
        let token = current
        switch token.kind {
        case .number(let value):
            _ = advance()
            return SyntaxNode(syntax: .number(value), span: token.span)
        case .string(let text):
            _ = advance()
            return SyntaxNode(syntax: .string(text), span: token.span)
        case .symbol("("):
            _ = advance()
            let inner = try nested { (parser: inout ExpressionParser) throws(ExpressionError) in try parser.parseOr() }
            try expect(")")
            return SyntaxNode(syntax: inner.syntax, span: token.span.lowerBound..<tokens[position - 1].span.upperBound)
        case .name(let name):
            switch name {
            case "true", "false":
                _ = advance()
                return SyntaxNode(syntax: .bool(name == "true"), span: token.span)
            case "never":
                _ = advance()
                return SyntaxNode(syntax: .never, span: token.span)
            case "and", "or", "not":
                throw ExpressionError(span: token.span, message: LocalizedMessage(Strings.exprMissingOperand, name))
            default:
                break
            }
            _ = advance()
            if isSymbol("(") {
                return try parseCall(name: name, nameSpan: token.span)
            }
            return try parseReference(first: name, start: token.span)
        case .end:
            throw ExpressionError(span: token.span, message: LocalizedMessage(Strings.exprUnexpectedEnd))
        default:
            throw ExpressionError(span: token.span, message: LocalizedMessage(Strings.exprUnexpectedToken, describe(token)))
        }
    }

    private mutating func parseCall(name: String, nameSpan: Range<Int>) throws(ExpressionError) -> SyntaxNode {
        _ = advance() // (
        var arguments: [SyntaxNode] = []
        if !isSymbol(")") {
            while true {
                let argument = try nested { (parser: inout ExpressionParser) throws(ExpressionError) in try parser.parseOr() }
                arguments.append(argument)
                if isSymbol(",") {
                    _ = advance()
                    continue
                }
                break
            }
        }
        try expect(")")
        return SyntaxNode(syntax: .call(name: name, nameSpan: nameSpan, arguments: arguments), span: nameSpan.lowerBound..<tokens[position - 1].span.upperBound)
    }

    private mutating func parseReference(first: String, start: Range<Int>) throws(ExpressionError) -> SyntaxNode {
        var path = [first]
        var filter: SyntaxNode?
        var end = start.upperBound
        if isSymbol("[") {
            _ = advance()
            filter = try nested { (parser: inout ExpressionParser) throws(ExpressionError) in try parser.parseOr() }
            try expect("]")
            end = tokens[position - 1].span.upperBound
        }
        while isSymbol(".") {
            _ = advance()
            guard case .name(let segment) = current.kind else {
                throw ExpressionError(span: current.span, message: LocalizedMessage(Strings.exprExpectedNameAfterDot, describe(current)))
            }
            end = advance().span.upperBound
            path.append(segment)
        }
        return SyntaxNode(syntax: .reference(path: path, filter: filter), span: start.lowerBound..<end)
    }
}
