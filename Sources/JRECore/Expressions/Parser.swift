import JREText

/// Reads an expression into a syntax tree, with the precedence of the format:
/// unary `-`, then `* /`, `+ -`, comparisons, `not`, `and`, `or` (loosest).
struct ExpressionParser {
    /// The most elements (tokens: numbers, names, operators, brackets) an expression may have; past
    /// it, a located « expression trop longue (N, au plus M) ». Far above any real rule; documented in
    /// docs/reliability.md.
    static let maximumElements = 10_000
    /// The deepest an expression tree may be (nesting, and chains like `1 + 1 + …` which nest to the
    /// left); past it, « expression trop imbriquée (N, au plus M) ». Every recursive walk of a tree
    /// (checker, compiler, explanations) is bounded by this.
    static let maximumDepth = 256

    private var tokens: [Token]
    private var position = 0
    private var depth = 0

    /// Parses `text`, or throws the first syntax error with its span.
    static func parse(_ text: String) throws(ExpressionError) -> SyntaxNode {
        let tokens = try Lexer(text).tokens()
        if tokens.count - 1 > maximumElements {
            let first = tokens[maximumElements].span.lowerBound
            throw ExpressionError(span: first..<max(first + 1, text.unicodeScalars.count),
                                  message: LocalizedMessage(Strings.exprTooLarge, String(tokens.count - 1), String(maximumElements)))
        }
        var parser = ExpressionParser(tokens: tokens)
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
        guard depth <= Self.maximumDepth else {
            throw ExpressionError(span: current.span, message: LocalizedMessage(Strings.exprTooNested, String(depth), String(Self.maximumDepth)))
        }
        return try body(&self)
    }

    /// A new node over `span`, measured: refused past ``maximumDepth``.
    private mutating func make(_ syntax: Syntax, _ span: Range<Int>) throws(ExpressionError) -> SyntaxNode {
        let children: [SyntaxNode]
        switch syntax {
        case .number, .string, .bool, .never: children = []
        case .reference(_, let filter): children = filter.map { [$0] } ?? []
        case .unary(_, let operand): children = [operand]
        case .binary(_, let left, let right): children = [left, right]
        case .call(_, _, let arguments): children = arguments
        }
        let height = 1 + (children.map(\.height).max() ?? 0)
        if height > Self.maximumDepth {
            throw ExpressionError(span: span, message: LocalizedMessage(Strings.exprTooNested, String(height), String(Self.maximumDepth)))
        }
        return SyntaxNode(syntax: syntax, span: span, height: height)
    }

    private mutating func parseOr() throws(ExpressionError) -> SyntaxNode {
        var left = try parseAnd()
        while isKeyword("or") {
            _ = advance()
            let right = try parseAnd()
            left = try make(.binary(.or, left, right), left.span.lowerBound..<right.span.upperBound)
        }
        return left
    }

    private mutating func parseAnd() throws(ExpressionError) -> SyntaxNode {
        var left = try parseNot()
        while isKeyword("and") {
            _ = advance()
            let right = try parseNot()
            left = try make(.binary(.and, left, right), left.span.lowerBound..<right.span.upperBound)
        }
        return left
    }

    private mutating func parseNot() throws(ExpressionError) -> SyntaxNode {
        if isKeyword("not") {
            let start = advance().span.lowerBound
            let operand = try nested { (parser: inout ExpressionParser) throws(ExpressionError) in try parser.parseNot() }
            return try make(.unary(.not, operand), start..<operand.span.upperBound)
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
        return try make(.binary(op, left, right), left.span.lowerBound..<right.span.upperBound)
    }

    private mutating func parseSum() throws(ExpressionError) -> SyntaxNode {
        var left = try parseProduct()
        while isSymbol("+") || isSymbol("-") {
            let op: BinaryOperator = isSymbol("+") ? .add : .subtract
            _ = advance()
            let right = try parseProduct()
            left = try make(.binary(op, left, right), left.span.lowerBound..<right.span.upperBound)
        }
        return left
    }

    private mutating func parseProduct() throws(ExpressionError) -> SyntaxNode {
        var left = try parseUnary()
        while isSymbol("*") || isSymbol("/") {
            let op: BinaryOperator = isSymbol("*") ? .multiply : .divide
            _ = advance()
            let right = try parseUnary()
            left = try make(.binary(op, left, right), left.span.lowerBound..<right.span.upperBound)
        }
        return left
    }

    private mutating func parseUnary() throws(ExpressionError) -> SyntaxNode {
        if isSymbol("-") {
            let start = advance().span.lowerBound
            let operand = try nested { (parser: inout ExpressionParser) throws(ExpressionError) in try parser.parseUnary() }
            return try make(.unary(.negate, operand), start..<operand.span.upperBound)
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(ExpressionError) -> SyntaxNode {
        let token = current
        switch token.kind {
        case .number(let value):
            _ = advance()
            return try make(.number(value), token.span)
        case .string(let text):
            _ = advance()
            return try make(.string(text), token.span)
        case .symbol("("):
            _ = advance()
            let inner = try nested { (parser: inout ExpressionParser) throws(ExpressionError) in try parser.parseOr() }
            try expect(")")
            return SyntaxNode(syntax: inner.syntax, span: token.span.lowerBound..<tokens[position - 1].span.upperBound, height: inner.height)
        case .name(let name):
            switch name {
            case "true", "false":
                _ = advance()
                return try make(.bool(name == "true"), token.span)
            case "never":
                _ = advance()
                return try make(.never, token.span)
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
        return try make(.call(name: name, nameSpan: nameSpan, arguments: arguments), nameSpan.lowerBound..<tokens[position - 1].span.upperBound)
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
        return try make(.reference(path: path, filter: filter), start.lowerBound..<end)
    }
}
