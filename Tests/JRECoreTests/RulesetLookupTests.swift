import Foundation
import Testing
@testable import JRECore
import JREBundledScenarios

/// "Finding the ruleset": a path ending in `.yaml` is relative to the scenario; a bare name is
/// `rulesets/NAME.yaml` beside the scenario, else the bundled ruleset.
@Suite struct RulesetLookupTests {
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jre-coretests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("rulesets"), withIntermediateDirectories: true)
        return url
    }

    static func scenario(ruleset reference: String) -> String {
        Fixture.scenario(people: [Fixture.Person("c", events: ["{day: 2, type: login}"])])
            .replacingOccurrences(of: "ruleset: \(Fixture.rulesetName)", with: "ruleset: \(reference)")
    }

    static let localRuleset = Fixture.ruleset(scores: Fixture.score("locale", "count(login) + 100"))

    @Test func aBareNameFindsTheRulesetBesideTheScenario() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.localRuleset.write(to: folder.appendingPathComponent("rulesets/maison.yaml"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("atelier.yaml").path
        try Self.scenario(ruleset: "maison").write(toFile: path, atomically: true, encoding: .utf8)

        let located = try #require(ScenarioLibrary.locateFile(path))
        let report = Bundled.library.load(located, lang: .fr)
        let simulation = try #require(report.simulation, "\(report.diagnostics.map { $0.render(.en) })")
        #expect(simulation.ruleset.scores.map(\.id) == ["locale"])
        #expect(simulation.evaluate(day: 5, parameters: simulation.startingParameters)[0].scoreValues == [101])
        #expect(simulation.scenario.id == "atelier")
    }

    @Test func aBareNameFallsBackToTheBundledRuleset() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("atelier.yaml").path
        try Self.scenario(ruleset: "jre-standard").write(toFile: path, atomically: true, encoding: .utf8)
        let report = Bundled.library.load(try #require(ScenarioLibrary.locateFile(path)), lang: .fr)
        #expect(report.simulation?.ruleset.id == "jre-standard", "\(report.diagnostics.map { $0.render(.en) })")
    }

    @Test func aYamlPathIsRelativeToTheScenario() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("regles"), withIntermediateDirectories: true)
        try Self.localRuleset.write(to: folder.appendingPathComponent("regles/perso.yaml"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("atelier.yaml").path
        try Self.scenario(ruleset: "regles/perso.yaml").write(toFile: path, atomically: true, encoding: .utf8)
        let report = Bundled.library.load(try #require(ScenarioLibrary.locateFile(path)), lang: .fr)
        #expect(report.simulation?.ruleset.scores.map(\.id) == ["locale"], "\(report.diagnostics.map { $0.render(.en) })")
    }

    @Test func aMissingRulesetPathIsAnErrorNamingWhereItLooked() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("atelier.yaml").path
        try Self.scenario(ruleset: "regles/absent.yaml").write(toFile: path, atomically: true, encoding: .utf8)
        let report = Bundled.library.load(try #require(ScenarioLibrary.locateFile(path)), lang: .fr)
        #expect(report.simulation == nil)
        let error = try #require(report.diagnostics.errors.first)
        #expect(error.file == path)
        #expect(error.line == 4)
        #expect(error.column == 10)
        #expect(error.english.contains("ruleset 'regles/absent.yaml' not found"))
        #expect(error.english.contains(folder.appendingPathComponent("regles/absent.yaml").path))
    }

    @Test func aRulesetFileIsRecognisedAndCheckedAlone() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("rulesets/maison.yaml").path
        try Self.localRuleset.write(toFile: path, atomically: true, encoding: .utf8)
        let report = Bundled.library.load(try #require(ScenarioLibrary.locateFile(path)), lang: .fr)
        #expect(report.kind == .ruleset)
        #expect(report.diagnostics.isEmpty)
        #expect(report.ruleset?.ruleset.id == "maison")
        #expect(ScenarioLibrary.locateFile(folder.appendingPathComponent("absent.yaml").path) == nil)
    }
}
