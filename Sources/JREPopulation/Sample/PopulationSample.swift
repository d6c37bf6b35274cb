import JRECore
import JREText

/// Synthetic claimants as an ordinary in-memory ``Scenario``, for the per-claimant engine: to
/// open a sample of the population on the board, explain one claimant, or check that the
/// population evaluation agrees with the engine.
public enum PopulationSample {
    /// The scenario's first day (the population counts days, not dates).
    public static let start = CivilDate(year: 2025, month: 1, day: 6) ?? CivilDate(daysSinceEpoch: 20_094)

    /// Claimants `range` of `population` over `ruleset`'s vocabulary (events of other types left out),
    /// each with their profile and their hidden situation.
    public static func scenario(_ population: SyntheticPopulation, range: Range<Int>, ruleset: Ruleset) -> Scenario {
        let vocabulary = GeneratedVocabulary.types
        let layout = EventLayout.all(vocabulary)
        let events = ClaimantEvents(layout: layout)
        let drawer = ClaimantDrawer(population)
        let cells = GeneratedCells.table
        let declared = vocabulary.map { ruleset.eventType($0.name) != nil }
        // The attributes each declared type has in the ruleset (the fraud world's `login.pays` only where declared).
        let declaredAttributes = vocabulary.map { entry in
            Set(ruleset.eventType(entry.name)?.attributes?.map(\.name) ?? entry.attributes.filter { !GeneratedVocabulary.worldAttributes.contains($0) })
        }
        let claimants = range.map { index -> Claimant in
            let profile = drawer.draw(index, into: events)
            var list: [Event] = []
            for (type, entry) in vocabulary.enumerated() where declared[type] {
                let columns = layout.columnsOfType[type]
                for position in 0..<events.count(type) {
                    var attributes: [String: ScalarValue] = [:]
                    var order: [String] = []
                    for (slot, column) in columns {
                        let cell = events.cells(column)[position]
                        guard cell >= 0, declaredAttributes[type].contains(entry.attributes[slot]) else { continue }
                        attributes[entry.attributes[slot]] = cells.scalars[Int(cell)]
                        order.append(entry.attributes[slot])
                    }
                    list.append(Event(day: Int(events.days(type)[position]), type: entry.name, note: nil, attributes: attributes,
                                      attributeOrder: order, position: .unknown))
                }
            }
            // Sorted by day; for equal days each type keeps its own order, as in the population.
            let sorted = list.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
            let entries = PopulationSchema.attributes.indices.map { attribute -> ProfileEntry in
                let value = profile.value(attribute)
                return ProfileEntry(key: PopulationSchema.attributes[attribute].name, value: value, display: LocalizedText(value.description, lang: .fr))
            }
            let id = SyntheticPopulation.identifier(index)
            return Claimant(id: id, name: id, profile: entries, context: nil, situation: profile.situation, events: sorted, position: .unknown)
        }
        let title = "population \(population.size) × \(population.days), graine \(population.seed)"
        return Scenario(
            id: "population-sample", source: SourceFile(path: "population:\(population.seed)", text: ""),
            title: LocalizedText(title, lang: .fr), summary: nil, language: .fr, rulesetReference: ruleset.id,
            rulesetPosition: .unknown, alternativeRulesets: [], start: start, days: population.days, parameterOverrides: [],
            briefing: nil, checkpoints: [], claimants: claimants
        )
    }

    /// The same claimants bound to `ruleset` as ``ScenarioLibrary/loadScenario(_:lang:rulesetReference:)``
    /// binds a file: profile types from the claimants, then the ruleset's defaults.
    public static func simulation(_ population: SyntheticPopulation, range: Range<Int>, ruleset: Ruleset, lang: Lang) -> (Simulation?, [Diagnostic]) {
        Simulation.bind(scenario(population, range: range, ruleset: ruleset), to: ruleset, lang: lang)
    }
}
