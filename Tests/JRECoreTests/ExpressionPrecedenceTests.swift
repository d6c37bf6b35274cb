import Testing
@testable import JRECore

/// How expressions are read: precedence, associativity, durations and the `==` spelling.
@Suite struct ExpressionPrecedenceTests {
    /// The parse tree, fully parenthesised.
    static func bracketed(_ node: SyntaxNode) -> String {
        switch node.syntax {
        case .number(let value): return NumberFormat.plain(value)
        case .string(let text): return "'\(text)'"
        case .bool(let flag): return flag ? "true" : "false"
        case .never: return "never"
        case .reference(let path, let filter):
            return path[0] + (filter.map { "[" + bracketed($0) + "]" } ?? "") + path.dropFirst().map { "." + $0 }.joined()
        case .unary(let op, let operand):
            return op == .negate ? "(-\(bracketed(operand)))" : "(not \(bracketed(operand)))"
        case .binary(let op, let lhs, let rhs):
            return "(\(bracketed(lhs)) \(op.rawValue) \(bracketed(rhs)))"
        case .call(let name, _, let arguments):
            return name + "(" + arguments.map(bracketed).joined(separator: ", ") + ")"
        }
    }

    @Test(arguments: [
        ("-a * b", "((-a) * b)"),
        ("a * -b", "(a * (-b))"),
        ("- - a", "(-(-a))"),
        ("a * b + c", "((a * b) + c)"),
        ("a + b * c", "(a + (b * c))"),
        ("a / b - c", "((a / b) - c)"),
        ("a - b - c", "((a - b) - c)"),
        ("a / b / c", "((a / b) / c)"),
        ("a + b < c * d", "((a + b) < (c * d))"),
        ("not a = b", "(not (a = b))"),
        ("not a and b", "((not a) and b)"),
        ("a or b and c", "(a or (b and c))"),
        ("a and b or c", "((a and b) or c)"),
        ("(a or b) and c", "((a or b) and c)"),
        ("(a + b) * c", "((a + b) * c)"),
        ("a == b", "(a = b)"),
        ("a != b or c >= d", "((a != b) or (c >= d))"),
        ("count(response[outcome = 'refus'], 4w)", "count(response[(outcome = 'refus')], 28)"),
    ])
    func parsesWithTheDocumentedPrecedence(source: String, expected: String) throws {
        let tree = try ExpressionParser.parse(source)
        #expect(Self.bracketed(tree) == expected)
    }

    @Test(arguments: [
        ("2 + 3 * 4", 14.0),
        ("(2 + 3) * 4", 20.0),
        ("2 * 3 + 4", 10.0),
        ("10 - 4 - 3", 3.0),
        ("12 / 6 / 2", 1.0),
        ("-2 * 3 + 7", 1.0),
        ("2 * -3", -6.0),
        ("7 / 2", 3.5),
        ("30d", 30.0),
        ("4w", 28.0),
        ("4w + 2d", 30.0),
        ("2.5", 2.5),
        ("window + seuil * 2", 13.0),
    ])
    func arithmeticEvaluatesAsAPersonWouldReadIt(expression: String, expected: Double) throws {
        #expect(try Fixture.value(expression, on: 1) == expected)
    }

    @Test(arguments: [
        ("1 + 2 < 2 * 2", true),
        ("not 1 = 2", true),
        ("not 1 = 1", false),
        ("true or false and false", true),
        ("false and true or true", true),
        ("not false and false", false),
        ("not (false and false)", true),
        ("2 == 2", true),
        ("2 == 3", false),
        ("4w = 28", true),
        ("1w = 7d", true),
        ("'refus' = 'refus'", true),
        ("\"refus\" = 'refus'", true),
        ("'refus' != 'entretien'", true),
    ])
    func conditionsEvaluateAsAPersonWouldReadThem(condition: String, expected: Bool) throws {
        #expect(try Fixture.holds(condition, on: 1) == expected)
    }

    @Test(arguments: ["1 < 2 < 3", "1 = 1 = true", "window <= 3 > 1"])
    func chainedComparisonIsAnError(condition: String) throws {
        let errors = try Fixture.rulesetErrors(scores: Fixture.score("s", "if(\(condition), 1, 0)"))
        #expect(errors.count == 1)
        #expect(errors.first?.english.contains("chained comparison") == true)
    }

    @Test func aDurationWithAnUnknownUnitIsAnError() throws {
        let errors = try Fixture.rulesetErrors(scores: Fixture.score("s", "count(login, 3m)"))
        #expect(errors.count == 1)
        #expect(errors.first?.english.contains("unknown unit 'm'") == true)
    }

    @Test(arguments: [
        ("count(login, window", "missing ')'"),
        ("1 +", "ends too early"),
        ("a && b", "write 'and'"),
        ("'refus", "unterminated"),
        ("and 1", "missing before 'and'"),
    ])
    func syntaxErrorsSayWhatIsWrong(expression: String, fragment: String) throws {
        let errors = try Fixture.rulesetErrors(scores: Fixture.score("s", expression))
        #expect(errors.count == 1)
        #expect(errors.first?.english.contains(fragment) == true, "\(errors.map(\.english))")
    }
}
