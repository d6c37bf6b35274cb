import Foundation
import Testing
import JRETestSupport
@testable import JRECore
import JREBundledScenarios
import JREText

/// Fuzzing the loaders and the expression parser from a seed corpus of the bundled files:
/// every mutated input either loads or gives a clear error — never a crash, never a silent
/// failure. Bounded in inputs and in time for CI (`JRE_FUZZ_SECONDS` raises the time cap for
/// a longer local run; `Benchmarks/fuzz/run-libfuzzer.sh` runs the same oracle under libFuzzer).
///
/// The input being tried is written to `jre-fuzz-current.yaml` in the temporary folder first,
/// so a crash leaves the culprit behind.
@Suite(.serialized, .tags(.slow)) struct KioskFuzzSlowTests {
    static let seconds = ProcessInfo.processInfo.environment["JRE_FUZZ_SECONDS"].flatMap(Double.init) ?? 15
    static let maximumInputs = ProcessInfo.processInfo.environment["JRE_FUZZ_INPUTS"].flatMap(Int.init) ?? 4_000
    static let corpus: [(path: String, text: String)] = BundledScenarios.files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    static let lastInput = FileManager.default.temporaryDirectory.appendingPathComponent("jre-fuzz-current.yaml")

    /// What a mutation may splice in: YAML structure, expression syntax, odd numbers and texts.
    static let fragments: [String] = [
        ":", ": ", "- ", "  ", "\n", "\n  - ", "{", "}", "[", "]", ",", "'", "\"", "|", ">-", "&a ", "*a", "!!str ", "? ", "---\n", "...\n", "#",
        "\t", "\r\n", "\u{0}", "\u{FEFF}", "é", "👍🏽", "\u{202E}", "~", "null", "true", "no", "0x1F", "1e308", "-1e308", "1e-400", ".nan", ".inf",
        "-0", "99999999999999999999999", "-2147483649", "2024-02-30", "9999-12-31", "0000-00-00",
        " and ", " or ", " not ", "(", ")", "((((((((((", "))))", "+", "-", "*", "/", "%", " = ", " != ", " >= ", " <= ", " < ", " > ",
        "count(", "sum(", "last(", "days_since(", "login[", "]", "within ", " days", "weeks", "never", "today", "level", ".level",
        "id: ", "type: ", "day: ", "days: ", "when: ", "value: ", "levels:", "alerts:", "scores:", "claimants:", "events:", "parameters:",
        "ruleset: ", "start: ", "profile:", "min: ", "max: ", "step: ", "fr: ", "en: ", "context:", "situation: caring", "evidence:",
    ]

    /// One mutation of `text`, drawn from a seeded generator.
    static func mutate(_ text: String, random: inout SplitMix64) -> String {
        var scalars = Array(text.unicodeScalars)
        let rounds = Int.random(in: 1...4, using: &random)
        for _ in 0..<rounds {
            let count = scalars.count
            let position = count == 0 ? 0 : Int.random(in: 0..<count, using: &random)
            switch Int.random(in: 0..<10, using: &random) {
            case 0 where count > 0:
                scalars[position] = Unicode.Scalar(UInt8.random(in: 0...127, using: &random))
            case 1 where count > 0:
                let length = min(count - position, Int.random(in: 1...40, using: &random))
                scalars.removeSubrange(position..<(position + length))
            case 2 where count > 0:
                let length = min(count - position, Int.random(in: 1...80, using: &random))
                scalars.insert(contentsOf: scalars[position..<(position + length)], at: Int.random(in: 0...count, using: &random))
            case 3, 4:
                scalars.insert(contentsOf: fragments.randomElement(using: &random)!.unicodeScalars, at: position)
            case 5:
                // Another bundled file's piece spliced in.
                let other = Array(corpus.randomElement(using: &random)!.text.unicodeScalars)
                let start = Int.random(in: 0..<max(1, other.count), using: &random)
                let length = min(other.count - start, Int.random(in: 1...300, using: &random))
                if length > 0 { scalars.insert(contentsOf: other[start..<(start + length)], at: position) }
            case 6:
                // Re-indent a line.
                if let newline = scalars[position...].firstIndex(of: "\n") {
                    scalars.insert(contentsOf: String(repeating: " ", count: Int.random(in: 1...3, using: &random)).unicodeScalars, at: newline + 1)
                }
            case 7 where count > 0:
                scalars.removeSubrange(position...)
            case 8:
                // Swap two lines.
                var lines = String(String.UnicodeScalarView(scalars)).split(separator: "\n", omittingEmptySubsequences: false)
                if lines.count > 2 {
                    let a = Int.random(in: 0..<lines.count, using: &random), b = Int.random(in: 0..<lines.count, using: &random)
                    lines.swapAt(a, b)
                    scalars = Array(lines.joined(separator: "\n").unicodeScalars)
                }
            default:
                // A number replaced by an extreme one.
                if let digit = scalars[position...].firstIndex(where: { $0.properties.numericType != nil }) {
                    let replacement = ["0", "-1", "1e309", "366000", "99999999999", "-0.0000001", "3.5"].randomElement(using: &random)!
                    scalars.replaceSubrange(digit...digit, with: replacement.unicodeScalars)
                }
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The oracle: a report either has a result or at least one error, and every diagnostic
    /// is something a person can act on (a message, a place inside the file).
    static func check(_ report: LoadReport, file: SourceFile, expectsResult: (LoadReport) -> Bool, context: String) -> [String] {
        var problems: [String] = []
        let loaded = expectsResult(report)
        if !loaded, !report.diagnostics.hasErrors { problems.append("\(context): nothing loaded and no error said why") }
        if loaded, report.diagnostics.hasErrors { problems.append("\(context): loaded despite errors") }
        for diagnostic in report.diagnostics {
            let fr = diagnostic.render(.fr), en = diagnostic.render(.en)
            if fr.isEmpty || en.isEmpty { problems.append("\(context): an empty message") }
            if diagnostic.file == file.path, diagnostic.line < 0 || diagnostic.line > file.lines.count + 1 {
                problems.append("\(context): line \(diagnostic.line) outside a \(file.lines.count)-line file: \(en)")
            }
            if diagnostic.column < 0 || diagnostic.length < 0 { problems.append("\(context): negative column or length: \(en)") }
        }
        return problems
    }

    @Test func mutatedScenariosAndRulesetsLoadOrSayWhy() throws {
        var random = SplitMix64(seed: 0xF022)
        let start = ContinuousClock.now
        var inputs = 0, loaded = 0, evaluated = 0
        var slowest: (Duration, String) = (.zero, "")
        var problems: [String] = []
        while inputs < Self.maximumInputs, ContinuousClock.now - start < .seconds(Self.seconds), problems.count < 10 {
            let seed = Self.corpus.randomElement(using: &random)!
            let mutant = Self.mutate(seed.text, random: &random)
            try? Data(mutant.utf8).write(to: Self.lastInput)
            inputs += 1
            let began = ContinuousClock.now
            var files = BundledScenarios.files
            files[seed.path] = mutant
            let library = ScenarioLibrary(bundled: files, models: BundledScenarios.models)
            let name = String(seed.path.dropLast(5))
            if seed.path.hasPrefix("rulesets/") {
                // The ruleset alone, then through every scenario that uses it.
                let file = SourceFile(path: ScenarioLibrary.bundledPrefix + seed.path, text: mutant)
                let report = library.loadRuleset(ScenarioLibrary.Located(origin: .bundled(seed.path), file: file), lang: .en)
                problems += Self.check(report, file: file, expectsResult: { $0.ruleset != nil }, context: "ruleset \(seed.path) (input \(inputs))")
                let users = Self.corpus.filter { !$0.path.hasPrefix("rulesets/") && $0.text.contains(name.dropFirst(9)) }
                if let scenario = users.randomElement(using: &random), let located = library.locateScenario(String(scenario.path.dropLast(5))) {
                    let report = library.loadScenario(located, lang: .fr)
                    problems += Self.check(report, file: file, expectsResult: { $0.simulation != nil }, context: "scenario \(scenario.path) on mutated \(seed.path) (input \(inputs))")
                    if report.simulation != nil { loaded += 1 }
                }
            } else if let located = library.locateScenario(name) {
                let report = library.loadScenario(located, lang: inputs.isMultiple(of: 2) ? .fr : .en)
                problems += Self.check(report, file: located.file, expectsResult: { $0.simulation != nil }, context: "\(seed.path) (input \(inputs))")
                if let simulation = report.simulation {
                    loaded += 1
                    // Whatever loads also evaluates, every claimant, every day.
                    if inputs.isMultiple(of: 5) {
                        _ = simulation.history(parameters: simulation.startingParameters)
                        evaluated += 1
                    }
                }
            }
            let took = ContinuousClock.now - began
            if took > slowest.0 { slowest = (took, seed.path) }
        }
        for problem in problems { Issue.record(Comment(rawValue: problem)) }
        #expect(inputs >= min(50, Self.maximumInputs), "the loop ran")
        try? FileManager.default.removeItem(at: Self.lastInput)
        print("loader fuzzing: \(inputs) inputs in \(ContinuousClock.now - start), \(loaded) still loaded, \(evaluated) evaluated, slowest \(slowest.0) (\(slowest.1)), \(problems.count) problems")
    }

    /// Every expression of the bundled rulesets, as written.
    static let expressions: [String] = {
        var texts: [String] = []
        let library = ScenarioLibrary(bundled: BundledScenarios.files)
        for (path, text) in corpus where path.hasPrefix("rulesets/") {
            let file = SourceFile(path: path, text: text)
            guard let ruleset = library.loadRuleset(ScenarioLibrary.Located(origin: .bundled(path), file: file), lang: .en).ruleset?.ruleset else { continue }
            texts += ruleset.scores.map(\.value.text) + ruleset.scores.flatMap { $0.levels.compactMap(\.condition?.text) }
            texts += ruleset.alerts.map(\.when.text) + ruleset.advice.map(\.when.text)
        }
        return texts
    }()

    @Test func mutatedExpressionsParseOrPointAtTheirFault() {
        #expect(Self.expressions.count > 10, "the seed corpus has the bundled rulesets' expressions")
        var random = SplitMix64(seed: 0xE4)
        let start = ContinuousClock.now
        var inputs = 0, parsed = 0
        var problems: [String] = []
        while inputs < 20 * Self.maximumInputs, ContinuousClock.now - start < .seconds(Self.seconds / 2), problems.count < 10 {
            var text = Self.expressions.randomElement(using: &random)!
            if Int.random(in: 0..<4, using: &random) == 0 {
                // Token soup.
                text = (0..<Int.random(in: 1...30, using: &random)).map { _ in Self.fragments.randomElement(using: &random)! }.joined()
            }
            text = Self.mutate(text, random: &random)
            inputs += 1
            do {
                _ = try ExpressionParser.parse(text)
                parsed += 1
            } catch {
                let length = text.unicodeScalars.count
                if error.span.lowerBound < 0 || error.span.upperBound > length + 1 {
                    problems.append("span \(error.span) outside a \(length)-scalar expression: \(text.debugDescription)")
                }
                if error.message.render(.fr).isEmpty || error.message.render(.en).isEmpty {
                    problems.append("an empty message for \(text.debugDescription)")
                }
            }
        }
        for problem in problems { Issue.record(Comment(rawValue: problem)) }
        print("expression fuzzing: \(inputs) inputs in \(ContinuousClock.now - start), \(parsed) parsed, \(problems.count) problems")
    }
}
