import JREConsole
import JRECore
import JRETerminal
import JREText

/// The scenarios a kiosk shows, loaded once at start-up, and the plan of its guided run.
public struct KioskCatalog: Sendable {
    /// The scenarios, in the order the attract loop walks through them.
    public var picker: PickerState
    /// Who the guided run follows, or nil when no scenario has a claimant fit for it.
    public var guided: GuidedPlan?

    public init(picker: PickerState, guided: GuidedPlan?) {
        self.picker = picker
        self.guided = guided
    }

    /// Loads the scenarios named (every bundled one when `references` is empty, the default
    /// scenario first).
    ///
    /// - Throws: ``KioskError/scenarioBroken(_:_:)`` for a named scenario that does not load
    ///   (with its diagnostics), ``KioskError/noScenario`` when nothing is left to show.
    public static func load(library: ScenarioLibrary, references: [String], lang: Lang) throws(KioskError) -> KioskCatalog {
        let explicit = !references.isEmpty
        var names = explicit ? references : library.scenarioNames
        if !explicit, let index = names.firstIndex(of: "portefeuille") { names.insert(names.remove(at: index), at: 0) }
        var entries: [PickerState.Entry] = []
        for name in names {
            guard let located = library.locateScenario(name) else {
                if explicit { throw .scenarioBroken(name, Strings.cliScenarioNotFound.format(lang, name, library.scenarioNames.joined(separator: ", "), "")) }
                continue
            }
            let report = library.loadScenario(located, lang: lang)
            guard let simulation = report.simulation else {
                if explicit {
                    let rendered = report.diagnostics.filter { $0.severity == .error }.map { $0.render(lang) }.joined(separator: "\n")
                    throw .scenarioBroken(name, rendered)
                }
                continue
            }
            let scenario = simulation.scenario
            entries.append(PickerState.Entry(reference: name, title: scenario.title, summary: scenario.summary, claimantCount: scenario.claimants.count,
                                             days: scenario.days, simulation: simulation, problem: nil))
        }
        guard !entries.isEmpty else { throw .noScenario }
        return KioskCatalog(picker: PickerState(entries: entries), guided: GuidedPlan.find(in: entries))
    }

    /// How many scenarios the kiosk shows.
    public var count: Int { picker.entries.count }

    /// The simulation of scenario `index` (wrapping).
    public func simulation(_ index: Int) -> Simulation? {
        guard count > 0 else { return nil }
        return picker.entries[((index % count) + count) % count].simulation
    }

    /// The reference of scenario `index` (wrapping).
    public func reference(_ index: Int) -> String {
        guard count > 0 else { return "" }
        return picker.entries[((index % count) + count) % count].reference
    }
}
