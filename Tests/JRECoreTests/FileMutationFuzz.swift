import Foundation
import Testing
@testable import JRECore
import JREBundledScenarios
import JRETestSupport
import JREText

/// Seeded mutations of every bundled scenario and ruleset: truncations, byte flips, duplicated and
/// deleted lines, giant numbers, deep nesting, invalid UTF-8. Loading one never crashes and every
/// error it gives is located (a file, a line and a column inside the mutated text).
enum FileMutationFuzz {
    /// The bundled files, by path under `Scenarios/`, sorted (scenarios and rulesets).
    static let files: [(path: String, text: String)] = BundledScenarios.files.filter { $0.key.hasSuffix(".yaml") }
        .sorted { $0.key < $1.key }.map { ($0.key, $0.value) }

    /// One mutation of `bytes`, chosen and placed by `random`.
    static func mutate(_ bytes: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        guard !bytes.isEmpty else { return bytes }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        func joined(_ lines: [[UInt8]]) -> [UInt8] { Array(lines.joined(separator: [UInt8(ascii: "\n")])) }
        let line = Int.random(in: 0..<lines.count, using: &random)
        switch Int.random(in: 0..<9, using: &random) {
        case 0: // truncation
            return Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &random)))
        case 1: // byte flips
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            return bytes
        case 2: // duplicated lines
            let count = Int.random(in: 1...8, using: &random)
            let end = min(lines.count, line + count)
            lines.insert(contentsOf: lines[line..<end], at: end)
            return joined(lines)
        case 3: // deleted lines
            lines.removeSubrange(line..<min(lines.count, line + Int.random(in: 1...6, using: &random)))
            return joined(lines)
        case 4: // giant numbers in place of a number
            let giants = ["99999999999999999999999999", "1e400", "-1e400", ".nan", ".inf", "0x7FFFFFFFFFFFFFFFFFFF", String(repeating: "9", count: 400)]
            let text = String(decoding: lines[line], as: UTF8.self)
            let replaced = text.replacingOccurrences(of: #"-?\d+(\.\d+)?"#, with: giants.randomElement(using: &random)!, options: .regularExpression)
            lines[line] = Array(replaced.utf8)
            return joined(lines)
        case 5: // deep flow nesting
            let depth = [50, 300, 5_000, 50_000].randomElement(using: &random)!
            lines[line] += Array((" " + String(repeating: "[", count: depth) + String(repeating: "]", count: Int.random(in: 0...depth, using: &random))).utf8)
            return joined(lines)
        case 6: // deep expression nesting inside a quoted value
            let depth = [100, 300, 3_000].randomElement(using: &random)!
            let expression = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
            lines.insert(Array("    value: \"\(expression)\"".utf8), at: line)
            return joined(lines)
        case 7: // a long flat expression
            let terms = [200, 300, 20_000].randomElement(using: &random)!
            lines.insert(Array(("    value: \"1" + String(repeating: " + 1", count: terms) + "\"").utf8), at: line)
            return joined(lines)
        default: // invalid UTF-8
            let bad: [[UInt8]] = [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xC0, 0xAF]]
            let at = Int.random(in: 0...bytes.count, using: &random)
            bytes.insert(contentsOf: bad.randomElement(using: &random)!, at: at)
            return bytes
        }
    }

    /// Loads `bytes` as the bundled file `path` (with the other bundled files beside it); the
    /// problems found with its diagnostics, empty when every error is located.
    static func check(path: String, bytes: [UInt8]) -> [String] {
        let file = SourceFile(path: ScenarioLibrary.bundledPrefix + path, bytes: bytes)
        var bundled = BundledScenarios.files
        bundled[path] = file.text
        let library = ScenarioLibrary(bundled: bundled)
        let located = ScenarioLibrary.Located(origin: .bundled(path), file: file)
        let report = path.hasPrefix("rulesets/") ? library.loadRuleset(located, lang: .fr) : library.loadScenario(located, lang: .fr)
        var problems: [String] = []
        if report.simulation == nil, report.ruleset == nil, !report.diagnostics.hasErrors {
            problems.append("no result and no error")
        }
        for diagnostic in report.diagnostics where diagnostic.severity == .error {
            if diagnostic.file.isEmpty || diagnostic.line < 1 || diagnostic.column < 1 || diagnostic.message.render(.fr).isEmpty {
                problems.append("unlocated: \(diagnostic.render(.fr).prefix(200))")
            }
            if diagnostic.file == file.path, diagnostic.line > max(1, file.lines.count) + 1 {
                problems.append("line \(diagnostic.line) past the end (\(file.lines.count) lines)")
            }
        }
        return problems
    }

    /// `count` mutations of every bundled file from `seed`; the problems found, named by seed and mutation.
    static func run(seed: UInt64, mutationsPerFile count: Int) -> (runs: Int, problems: [String]) {
        var random = SplitMix64(seed: seed)
        var problems: [String] = []
        var runs = 0
        for (path, text) in files {
            let original = Array(text.utf8)
            for index in 0..<count {
                var bytes = mutate(original, &random)
                if Int.random(in: 0..<4, using: &random) == 0 { bytes = mutate(bytes, &random) }
                runs += 1
                for problem in check(path: path, bytes: bytes) {
                    problems.append("\(path) seed \(seed) mutation \(index): \(problem)")
                }
            }
        }
        return (runs, problems)
    }
}

/// The quick share of the fuzz: a few mutations of every bundled file, in the normal suite.
@Suite struct FileMutationFuzzTests {
    @Test func mutatedBundledFilesGiveLocatedErrors() {
        let (runs, problems) = FileMutationFuzz.run(seed: 20_261_203, mutationsPerFile: 8)
        #expect(runs == FileMutationFuzz.files.count * 8)
        #expect(problems.isEmpty, Comment(rawValue: problems.prefix(10).joined(separator: "\n")))
    }

    /// The files of the issue: a 60,000-term expression, a 300-term one, invalid UTF-8, a file past 16 MiB.
    @Test func theIssuesInputsAreLocatedErrors() throws {
        let ruleset = try #require(BundledScenarios.files["rulesets/jre-standard.yaml"])
        let long = ruleset.replacingOccurrences(of: "value: \"count(application, window)\"", with: "value: \"count(application, window)" + String(repeating: " + 1", count: 60_000) + "\"")
        let located = ScenarioLibrary.Located(origin: .bundled("rulesets/jre-standard.yaml"), file: SourceFile(path: "long.yaml", text: long))
        let report = ScenarioLibrary(bundled: BundledScenarios.files).loadRuleset(located, lang: .fr)
        let error = try #require(report.diagnostics.errors.first)
        #expect(error.message.render(.fr).contains("expression trop longue (120006 éléments, au plus 10000)"))
        #expect(error.line == (long.components(separatedBy: "\n").firstIndex { $0.contains("+ 1 + 1") } ?? -1) + 1)

        let deep = ruleset.replacingOccurrences(of: "value: \"count(application, window)\"", with: "value: \"count(application, window)" + String(repeating: " + 1", count: 300) + "\"")
        let deepReport = ScenarioLibrary(bundled: BundledScenarios.files).loadRuleset(
            ScenarioLibrary.Located(origin: .bundled("rulesets/jre-standard.yaml"), file: SourceFile(path: "deep.yaml", text: deep)), lang: .fr)
        #expect(deepReport.diagnostics.errors.first?.message.render(.fr).contains("expression trop imbriquée (profondeur 257, au plus 256)") == true)

        var bytes = Array("format: 1\ntitle: \"Gé".utf8)
        bytes += [0xFF]
        bytes += Array("rard\"\n".utf8)
        let utf8 = SourceFile(path: "bad.yaml", bytes: bytes)
        #expect(utf8.readProblem == .invalidUTF8(line: 2, column: 11, offset: 21, byte: 0xFF))
        let utf8Report = ScenarioLoader(file: utf8, lang: .en).load(id: "bad")
        let utf8Error = try #require(utf8Report.1.first)
        #expect((utf8Error.line, utf8Error.column) == (2, 11))
        #expect(utf8Error.message.render(.en).contains("invalid byte 0xFF (byte 21 of the file)"))

        let big = SourceFile(path: "big.yaml", bytes: [UInt8](repeating: UInt8(ascii: "#"), count: SourceLimits.maximumFileBytes + 1))
        let bigError = try #require(ScenarioLoader(file: big, lang: .en).load(id: "big").1.first)
        #expect(bigError.message.render(.en) == "file too large (16777217 bytes, at most 16777216)")
    }
}

/// The full fuzz: a few thousand mutations in process (120 for each bundled YAML file, 25 of them
/// now), and some through the built binary (`check` exits 0 or 2, never with a signal).
@Suite(.tags(.slow)) struct FileMutationFuzzSlowTests {
    @Test func thousandsOfMutationsGiveLocatedErrors() {
        let (runs, problems) = FileMutationFuzz.run(seed: 7, mutationsPerFile: 120)
        #expect(runs >= 2_000)
        #expect(problems.isEmpty, Comment(rawValue: problems.prefix(10).joined(separator: "\n")))
    }

    @Test func theBinaryExitsZeroOrTwoOnMutatedFiles() throws {
        let binary = try FreshExecutable(product: "jre-console", overrideVariable: "JRE_CONSOLE_BINARY").path()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jre-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("rulesets"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SplitMix64(seed: 99)
        for (path, text) in FileMutationFuzz.files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(path))
        }
        for round in 0..<3 {
            for (path, text) in FileMutationFuzz.files {
                try Data(FileMutationFuzz.mutate(Array(text.utf8), &random)).write(to: folder.appendingPathComponent(path))
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["check", folder.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationReason == .exit, "round \(round): ended by signal \(process.terminationStatus)")
            #expect([0, 2].contains(process.terminationStatus), "round \(round): exit \(process.terminationStatus)")
        }
    }
}
