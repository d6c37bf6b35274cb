// libFuzzer target for the scenario and ruleset loaders and the expression parser.
//
// Built by Benchmarks/fuzz/run-libfuzzer.sh against a JRECore compiled with
// `-sanitize=fuzzer` (coverage-guided). Each input is split on its first byte:
//   0x00–0x3F  a scenario (loaded against the bundled ruleset it names),
//   0x40–0x7F  a ruleset (loaded alone, then under the first seed scenario),
//   0x80–0xFF  an expression (lexed and parsed).
// The oracle is the one of Tests/JREConsoleTests/KioskFuzzSlowTests.swift: an input loads, or
// at least one error says why, every message renders in both languages and points inside
// the file. A violation traps, so libFuzzer saves the input as a crash.
import Foundation
@testable import JRECore
import JREText

/// The bundled files, read once from JRE_FUZZ_SCENARIOS (the Scenarios/ folder).
private let bundled: [String: String] = {
    let root = ProcessInfo.processInfo.environment["JRE_FUZZ_SCENARIOS"] ?? "Scenarios"
    var files: [String: String] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let path = enumerator?.nextObject() as? String {
        guard path.hasSuffix(".yaml"), let text = try? String(contentsOfFile: root + "/" + path, encoding: .utf8) else { continue }
        files[path] = text
    }
    return files
}()

private func check(_ report: LoadReport, loaded: Bool, file: SourceFile) {
    if !loaded && !report.diagnostics.hasErrors { fatalError("nothing loaded and no error said why") }
    if loaded && report.diagnostics.hasErrors { fatalError("loaded despite errors") }
    for diagnostic in report.diagnostics {
        if diagnostic.render(.fr).isEmpty || diagnostic.render(.en).isEmpty { fatalError("an empty message") }
        if diagnostic.file == file.path, diagnostic.line < 0 || diagnostic.line > file.lines.count + 1 {
            fatalError("line \(diagnostic.line) outside a \(file.lines.count)-line file")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let selector = data[0]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    switch selector {
    case 0x00..<0x40:
        var files = bundled
        files["fuzzed.yaml"] = text
        let library = ScenarioLibrary(bundled: files)
        guard let located = library.locateScenario("fuzzed") else { return 0 }
        let report = library.loadScenario(located, lang: .en)
        check(report, loaded: report.simulation != nil, file: located.file)
        if let simulation = report.simulation, simulation.scenario.claimants.count * simulation.scenario.days < 20_000 {
            _ = simulation.history(parameters: simulation.startingParameters)
        }
    case 0x40..<0x80:
        var files = bundled
        files["rulesets/fuzzed.yaml"] = text
        let library = ScenarioLibrary(bundled: files)
        let file = SourceFile(path: "bundled:rulesets/fuzzed.yaml", text: text)
        let alone = library.loadRuleset(ScenarioLibrary.Located(origin: .bundled("rulesets/fuzzed.yaml"), file: file), lang: .fr)
        check(alone, loaded: alone.ruleset != nil, file: file)
        if let scenario = bundled["portefeuille.yaml"] {
            let located = ScenarioLibrary.Located(origin: .bundled("portefeuille.yaml"), file: SourceFile(path: "bundled:portefeuille.yaml", text: scenario))
            let report = library.loadScenario(located, lang: .en, rulesetReference: "fuzzed")
            check(report, loaded: report.simulation != nil, file: file)
        }
    default:
        do {
            _ = try ExpressionParser.parse(text)
        } catch {
            let length = text.unicodeScalars.count
            if error.span.lowerBound < 0 || error.span.upperBound > length + 1 { fatalError("span \(error.span) outside \(length) scalars") }
            if error.message.render(.en).isEmpty { fatalError("an empty message") }
        }
    }
    return 0
}
