import Foundation
import Testing
@testable import JRECore
import JREBundledScenarios
import JREText

/// The bundled scenarios, loaded once for every test that reads them.
enum Bundled {
    static let scenarioNames = ["portefeuille", "aidante", "sans-ordinateur"]
    static let library = ScenarioLibrary(bundled: BundledScenarios.files, models: BundledScenarios.models)

    static func load(_ name: String, lang: Lang = .fr) -> LoadReport? {
        guard let located = library.locateScenario(name) else { return nil }
        return library.load(located, lang: lang)
    }

    /// Each bundled scenario's simulation (nil when it failed to load: other tests say why).
    static let simulations: [String: Simulation] = {
        var result: [String: Simulation] = [:]
        for name in scenarioNames {
            if let simulation = load(name)?.simulation { result[name] = simulation }
        }
        return result
    }()

    static func simulation(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Simulation {
        try #require(simulations[name], "bundled scenario \(name) did not load", sourceLocation: sourceLocation)
    }
}
