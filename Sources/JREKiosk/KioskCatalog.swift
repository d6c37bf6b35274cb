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
                // One broken file never stops the kiosk: it is listed greyed with its first error.
                let problem = report.diagnostics.errors.first?.headline(lang) ?? name
                entries.append(PickerState.Entry(reference: name, title: LocalizedText(fr: name), summary: nil, claimantCount: 0, days: 0,
                                                 simulation: nil, problem: Strings.pickerBroken.format(lang, problem)))
                continue
            }
            let scenario = simulation.scenario
            entries.append(PickerState.Entry(reference: name, title: scenario.title, summary: scenario.summary, claimantCount: scenario.claimants.count,
                                             days: scenario.days, simulation: simulation, problem: nil))
        }
        guard entries.contains(where: { $0.simulation != nil }) else {
            if explicit, let broken = entries.first(where: { $0.simulation == nil }) { throw .scenarioBroken(broken.reference, broken.problem ?? "") }
            throw .noScenario
        }
        return KioskCatalog(picker: PickerState(entries: entries), guided: GuidedPlan.find(in: entries))
    }

    /// How many usable scenarios the kiosk shows (broken ones are listed, greyed, but never played).
    public var count: Int { usable.count }

    /// The picker's entries that open.
    private var usable: [PickerState.Entry] { picker.entries.filter { $0.simulation != nil } }

    /// The simulation of usable scenario `index` (wrapping).
    public func simulation(_ index: Int) -> Simulation? {
        guard count > 0 else { return nil }
        return usable[((index % count) + count) % count].simulation
    }

    /// The reference of usable scenario `index` (wrapping).
    public func reference(_ index: Int) -> String {
        guard count > 0 else { return "" }
        return usable[((index % count) + count) % count].reference
    }
}
