import Foundation
import Testing
@testable import JRECore
import JREBundledScenarios
import JREText

/// The files shipped in the binary.
@Suite struct BundledScenarioTests {
    static let expectedPaths = ["rulesets/jre-standard.yaml", "portefeuille.yaml", "aidante.yaml", "sans-ordinateur.yaml"]

    @Test func theRulesetAndTheThreeScenariosAreBundled() {
        for path in Self.expectedPaths {
            #expect(BundledScenarios.files[path]?.isEmpty == false, "\(path)")
        }
        #expect(Set(Bundled.scenarioNames).isSubset(of: Set(Bundled.library.scenarioNames)))
        #expect(!Bundled.library.scenarioNames.contains("jre-standard"), "a ruleset is not a scenario")
    }

    @Test(arguments: expectedPaths)
    func theBundledCopyIsTheFileInScenarios(path: String) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scenarios")
        let onDisk = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(path).path))
        #expect(BundledScenarios.files[path] == String(decoding: onDisk, as: UTF8.self))
    }

    @Test(arguments: BundledScenarios.files.keys.sorted())
    func everyBundledFileLoadsWithoutErrors(path: String) throws {
        let text = try #require(BundledScenarios.files[path])
        let located = ScenarioLibrary.Located(origin: .bundled(path), file: SourceFile(path: "bundled:" + path, text: text))
        let report = Bundled.library.load(located, lang: .fr)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { $0.render(.en) }.joined(separator: "\n"))")
        if path.hasPrefix("rulesets/") {
            #expect(report.kind == .ruleset)
            #expect(report.ruleset != nil)
        } else {
            #expect(report.kind == .scenario)
            #expect(report.simulation != nil)
        }
    }

    @Test func scenariosAreFoundByNameWithOrWithoutExtension() {
        #expect(Bundled.library.locateScenario("portefeuille")?.origin == .bundled("portefeuille.yaml"))
        #expect(Bundled.library.locateScenario("portefeuille.yaml")?.origin == .bundled("portefeuille.yaml"))
        #expect(Bundled.library.locateScenario("portefeuille")?.id == "portefeuille")
        #expect(Bundled.library.locateScenario("portefeuilles") == nil)
    }

    @Test func jreStandardHasFourLevelledScoresThreeAlertsAndFourAdvice() throws {
        let ruleset = try Bundled.simulation("portefeuille").ruleset
        #expect(ruleset.id == "jre-standard")
        #expect(ruleset.scores.filter { !$0.levels.isEmpty }.map(\.id) == ["dynamique", "perte_confiance", "redynamisation", "dispersion"])
        #expect(ruleset.alerts.map(\.id) == ["dynamique_faible", "situations_a_examiner", "parcours_a_analyser"])
        #expect(ruleset.advice.count == 4)
    }

    @Test func everyAlertFiresForSomeoneInPortefeuille() throws {
        let simulation = try Bundled.simulation("portefeuille")
        let history = simulation.history(parameters: simulation.startingParameters)
        for (index, alert) in simulation.ruleset.alerts.enumerated() {
            var flagged: Set<String> = []
            for claimant in simulation.scenario.claimants.indices {
                for day in 1...simulation.scenario.days where history.isAlertOn(claimant: claimant, day: day, alert: index) {
                    flagged.insert(simulation.scenario.claimants[claimant].id)
                }
            }
            #expect(!flagged.isEmpty, "alert \(alert.id) never fires")
            #expect(flagged.count < simulation.scenario.claimants.count, "alert \(alert.id) fires for everyone: it would not discriminate")
        }
    }

    @Test func everyPortefeuilleClaimantHasAHiddenContext() throws {
        let simulation = try Bundled.simulation("portefeuille")
        #expect(simulation.scenario.claimants.count == 18)
        for claimant in simulation.scenario.claimants {
            #expect(claimant.context?.isEmpty == false, "\(claimant.id) has no context")
            #expect(claimant.context?.resolve(.fr).isEmpty == false, "\(claimant.id)")
            #expect(claimant.context?.resolve(.en).isEmpty == false, "\(claimant.id)")
        }
    }

    @Test(arguments: Bundled.scenarioNames)
    func scenariosHaveTheirDocumentedLength(name: String) throws {
        let simulation = try Bundled.simulation(name)
        let expected = ["portefeuille": (84, "2024-03-04"), "aidante": (56, "2024-09-02"), "sans-ordinateur": (56, "2024-10-07")][name]
        #expect(simulation.scenario.days == expected?.0)
        #expect(simulation.scenario.start.description == expected?.1)
        #expect(simulation.scenario.id == name)
    }
}
