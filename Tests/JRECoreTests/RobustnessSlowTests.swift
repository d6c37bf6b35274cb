import Foundation
import Testing
@testable import JRECore
import JREBundledScenarios
import JRETestSupport
import JREText


/// Garbage never crashes the engine: loading gives diagnostics or a simulation, and simulations evaluate
/// (slow: seeded fuzz and mutation loops; the empty files are checked in ``EmptyFileTests``).
@Suite(.tags(.slow)) struct RobustnessSlowTests {
    static let expressionTokens = [
        "count", "days_since", "distinct", "last", "sum", "highest", "lowest", "min", "max", "if", "has",
        "login", "application", "response", "mood", "appointment", "rome", "outcome", "value", "attended",
        "window", "seuil", "zero", "s", "s.level", "profile", "profile.age", "profile.registered", "today",
        "days_registered", "never", "true", "false", "and", "or", "not", "value", ".level", ".value", ".",
        "0", "1", "2.5", "30d", "4w", "1e5", "99999999999999999999", "1e308", "0.0001", "3m", "1..2", ".5",
        "+", "-", "*", "/", "<", "<=", ">", ">=", "=", "==", "!=", "<>", "&&", "||", "!", "%", "^",
        "(", ")", "(", ")", "[", "]", ",", ",", "'", "\"", "'refus'", "\"refus\"", "''",
        " ", " ", "  ", "\t", "\n", "é", "日本", "🙂", "e\u{301}", "\u{200B}", "\u{202E}", "ß", "Ω", "\u{0}",
    ]

    static func randomExpression(_ generator: inout SplitMix64) -> String {
        let length = Int.random(in: 0...14, using: &generator)
        return (0..<length).map { _ in expressionTokens.randomElement(using: &generator)! }.joined(separator: Bool.random(using: &generator) ? " " : "")
    }

    /// Grammatical-looking expressions built from pieces, to reach the checker and the evaluator more often.
    static func plausibleExpression(_ generator: inout SplitMix64, depth: Int = 0) -> String {
        let leaves = ["count(login, window)", "count(response[outcome = 'refus'])", "days_since(login)", "window", "seuil", "zero",
                      "distinct(application.rome, 30d)", "last(mood.value, 4w)", "sum(mood.value)", "highest(mood.value, window)",
                      "never", "today", "1", "0", "2.5", "99999999999999999999", "1e308", "-1e308",
                      "if(has(profile.registered), days_registered, 0)", "profile.age", "count(login, 99999999999999999999)",
                      "count(login, -5)", "count(login, zero)", "count(login, 1 / zero)", "count(login, never)", "last(mood.value, 0.5)"]
        if depth > 3 || Int.random(in: 0..<3, using: &generator) == 0 { return leaves.randomElement(using: &generator)! }
        let a = plausibleExpression(&generator, depth: depth + 1), b = plausibleExpression(&generator, depth: depth + 1)
        switch Int.random(in: 0..<8, using: &generator) {
        case 0: return "(\(a) + \(b))"
        case 1: return "(\(a) - \(b))"
        case 2: return "(\(a) * \(b))"
        case 3: return "(\(a) / \(b))"
        case 4: return "min(\(a), \(b))"
        case 5: return "max(\(a), \(b))"
        case 6: return "if(\(a) > \(b), \(a), \(b))"
        default: return "-\(a)"
        }
    }

    static func checkDiagnostics(_ diagnostics: [Diagnostic], _ input: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for diagnostic in diagnostics {
            #expect(diagnostic.line >= 1, "\(diagnostic.headline(.en)) for input:\n\(input.prefix(300))", sourceLocation: sourceLocation)
            #expect(diagnostic.column >= 1, "\(diagnostic.headline(.en))", sourceLocation: sourceLocation)
            #expect(!diagnostic.message.render(.en).isEmpty && !diagnostic.message.render(.fr).isEmpty, sourceLocation: sourceLocation)
            _ = diagnostic.render(.fr)
            _ = diagnostic.render(.en)
        }
    }

    /// Evaluates a loaded simulation a little: the board, the history and one explanation, in text.
    static func exercise(_ simulation: Simulation) {
        let parameters = simulation.startingParameters
        let last = simulation.scenario.days
        for day in Set([1, min(30, last), last]) {
            let report = BoardReport(simulation: simulation, day: day, parameters: parameters, lang: .fr)
            _ = report.json()
            _ = report.csv()
            _ = report.text()
            let explanation = simulation.explain(claimant: 0, day: day, parameters: parameters)
            _ = ExplanationText(simulation: simulation, lang: .en).render(explanation)
        }
        if last <= 400 { _ = simulation.history(parameters: parameters) }
    }

    @Test func randomExpressionsNeverCrashTheParserOrChecker() throws {
        let ruleset = try #require(try Fixture.loadRuleset(Fixture.ruleset(scores: Fixture.score("s", "count(login)", levels: [
            "{name: bas, if: \"value < 2\", severity: alert}", "{name: haut, severity: ok}",
        ]))).ruleset?.ruleset)
        var generator = SplitMix64(seed: 0x5EED_0001)
        var parsed = 0
        for _ in 0..<3000 {
            let text = Self.randomExpression(&generator)
            let length = text.unicodeScalars.count
            do {
                _ = try ExpressionParser.parse(text)
                parsed += 1
            } catch {
                #expect(error.span.lowerBound >= 0 && error.span.lowerBound <= length, "\(text)")
                #expect(!error.message.render(.en).isEmpty)
            }
            for (scope, expected) in [(ExpressionScope.scoreValue(1), ValueType.number), (.level(0), .bool), (.condition, .bool)] {
                let checker = ExpressionChecker(ruleset: ruleset, profileTypes: ["age": .number], strings: StringPool())
                if case .failure(let errors) = checker.check(text, scope: scope, expected: expected) {
                    #expect(!errors.isEmpty)
                    for error in errors {
                        #expect(error.span.lowerBound >= 0 && error.span.lowerBound <= length, "\(text)")
                        #expect(!error.message.render(.fr).isEmpty)
                    }
                }
            }
        }
        #expect(parsed > 0, "the generator should produce some valid expressions")
    }

    @Test func randomExpressionsInAFileNeverCrashLoadingOrEvaluation() throws {
        var generator = SplitMix64(seed: 0x5EED_0002)
        let people = [
            Fixture.Person("a", profile: "{age: 30, registered: -40}", events: [
                "{day: 1, type: login}", "{day: 3, type: response, outcome: refus}", "{day: 5, type: mood, value: 2}",
                "{day: 9, type: application, rome: A, hours: 3}", "{day: 20, type: mood}",
            ]),
            Fixture.Person("b", profile: "{age: 50}"),
        ]
        let scenario = Fixture.scenario(days: 40, people: people)
        var loaded = 0
        for round in 0..<300 {
            let expression = round % 3 == 0 ? Self.randomExpression(&generator) : Self.plausibleExpression(&generator)
            let ruleset = Fixture.ruleset(
                scores: Fixture.score("s", expression, levels: ["{name: bas, if: \(Fixture.quoted("value < 2")), severity: alert}", "{name: haut, severity: ok}"])
                    + Fixture.score("t", "if(s > 0, s, 0)"),
                alerts: "  a:\n    label: \"A\"\n    when: \(Fixture.quoted("s.level = 'bas' or t > 3"))\n")
            let report = try Fixture.load(ruleset: ruleset, scenario: scenario)
            Self.checkDiagnostics(report.diagnostics, expression)
            #expect(report.simulation != nil || report.diagnostics.hasErrors, "\(expression)")
            if let simulation = report.simulation {
                loaded += 1
                Self.exercise(simulation)
            }
        }
        #expect(loaded > 50)
    }

    static let yamlTokens = [
        "format: 1", "title: x", "ruleset: jre-standard", "start: 2024-03-04", "days: 10", "days: -1", "days: 1e12",
        "claimants:", "events:", "scores:", "alerts:", "parameters:", "levels:", "- id: a", "- {day: 1, type: login}",
        "- {date: 2024-03-05, type: login}", "- {day: x}", "name: A", "value: \"count(login)\"", "when: \"true\"",
        "- {name: n, severity: ok}", "profile: {age: 3}", "label: L", "{", "}", "[", "]", "- ", ": ", ":", "-", "'", "\"",
        "&a", "*a", "*b", "!!str", "!!int", "!custom", "%YAML 1.2", "---", "...", "#", "|", ">-", "?", "@", "`",
        "é", "🙂", "\t", "\u{FEFF}", "\u{0}", "  ", "    ", "\n", "\n", "\n", "\r\n", "0", "null", "~", "true", "2024-02-30",
    ]

    static func randomYAML(_ generator: inout SplitMix64) -> String {
        let length = Int.random(in: 0...40, using: &generator)
        return (0..<length).map { _ in yamlTokens.randomElement(using: &generator)! }.joined(separator: Bool.random(using: &generator) ? "\n" : " ")
    }

    static let bundledRuleset = BundledScenarios.files["rulesets/jre-standard.yaml"] ?? ""

    static func loadAll(_ text: String, as path: String, ruleset: String = bundledRuleset) -> [LoadReport] {
        let library = ScenarioLibrary(bundled: [path: text, "rulesets/jre-standard.yaml": ruleset])
        let located = ScenarioLibrary.Located(origin: .bundled(path), file: SourceFile(path: "bundled:" + path, text: text))
        return [library.load(located, lang: .fr), library.loadScenario(located, lang: .en), library.loadRuleset(located, lang: .fr)]
    }

    @Test func randomYAMLFilesNeverCrash() {
        var generator = SplitMix64(seed: 0x5EED_0003)
        for _ in 0..<400 {
            let text = Self.randomYAML(&generator)
            for report in Self.loadAll(text, as: "random.yaml") {
                Self.checkDiagnostics(report.diagnostics, text)
                if let simulation = report.simulation { Self.exercise(simulation) }
            }
        }
    }

    enum Mutation: CaseIterable { case delete, duplicate, swap, truncate, replaceCharacter, indent }

    static func mutate(_ text: String, _ generator: inout SplitMix64) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count > 2 else { return text }
        let count = Int.random(in: 1...3, using: &generator)
        for _ in 0..<count {
            let i = Int.random(in: 0..<lines.count, using: &generator)
            let j = Int.random(in: 0..<lines.count, using: &generator)
            switch Mutation.allCases.randomElement(using: &generator)! {
            case .delete: lines.remove(at: i)
            case .duplicate: lines.insert(lines[i], at: j)
            case .swap: lines.swapAt(i, j)
            case .truncate:
                let joined = lines.joined(separator: "\n")
                let cut = Int.random(in: 0...joined.unicodeScalars.count, using: &generator)
                return String(String.UnicodeScalarView(joined.unicodeScalars.prefix(cut)))
            case .replaceCharacter:
                var scalars = Array(lines[i].unicodeScalars)
                if !scalars.isEmpty {
                    let junk: [Unicode.Scalar] = [":", "-", "{", "}", "[", "]", "'", "\"", "#", "\t", " ", "x", "9", "é", "&", "*", "|", ">"]
                    scalars[Int.random(in: 0..<scalars.count, using: &generator)] = junk.randomElement(using: &generator)!
                    lines[i] = String(String.UnicodeScalarView(scalars))
                }
            case .indent: lines[i] = String(repeating: " ", count: Int.random(in: 0...3, using: &generator)) + lines[i]
            }
            if lines.count <= 2 { break }
        }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: ["portefeuille.yaml", "aidante.yaml", "sans-ordinateur.yaml"])
    func mutatedBundledScenariosNeverCrash(path: String) throws {
        let original = try #require(BundledScenarios.files[path])
        var generator = SplitMix64(seed: UInt64(path.utf8.count) &* 7919)
        var simulations = 0
        for _ in 0..<25 {
            let text = Self.mutate(original, &generator)
            let library = ScenarioLibrary(bundled: [path: text, "rulesets/jre-standard.yaml": Self.bundledRuleset])
            let located = ScenarioLibrary.Located(origin: .bundled(path), file: SourceFile(path: "bundled:" + path, text: text))
            let report = library.load(located, lang: .fr)
            Self.checkDiagnostics(report.diagnostics, text)
            #expect(report.simulation != nil || report.diagnostics.hasErrors)
            if let simulation = report.simulation {
                simulations += 1
                Self.exercise(simulation)
            }
        }
        #expect(simulations > 0, "some mutations (a deleted blank line, a swapped event) still load")
    }

    @Test func mutatedBundledRulesetNeverCrashes() throws {
        var generator = SplitMix64(seed: 0x5EED_0004)
        let scenario = try #require(BundledScenarios.files["sans-ordinateur.yaml"])
        for _ in 0..<40 {
            let ruleset = Self.mutate(Self.bundledRuleset, &generator)
            let library = ScenarioLibrary(bundled: ["s.yaml": scenario, "rulesets/jre-standard.yaml": ruleset])
            let located = try #require(library.locateScenario("s"))
            let report = library.load(located, lang: .en)
            Self.checkDiagnostics(report.diagnostics, ruleset)
            if let simulation = report.simulation { Self.exercise(simulation) }
            let alone = library.loadRuleset(ScenarioLibrary.Located(origin: .bundled("rulesets/jre-standard.yaml"),
                                                                   file: SourceFile(path: "r.yaml", text: ruleset)), lang: .fr)
            Self.checkDiagnostics(alone.diagnostics, ruleset)
        }
    }
}
