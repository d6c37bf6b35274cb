import JRECore

/// The event types of a population's source and the attributes each carries, by slot.
///
/// For the generator: `jre-standard`'s vocabulary. For CSV files: the ruleset's declared types, each
/// with every attribute column of `events.csv` as its slots.
struct SourceVocabulary: Sendable {
    var types: [(name: String, attributes: [String])]

    func typeIndex(_ name: String) -> Int? { types.firstIndex { $0.name == name } }

    static let generated = SourceVocabulary(types: GeneratedVocabulary.types)
}

/// How one event selector (`type[filter]`) reads a claimant's events.
struct SelectorPlan: Sendable {
    /// The source's type index, or nil when the source has no such events.
    let type: Int?
    let filter: FilterPlan?
}

/// A selector's filter, with the columns holding the attributes it reads.
struct FilterPlan: Sendable {
    let node: TypedNode
    let typeName: String
    let attributes: [String]
    /// For each attribute, its column in the layout (nil when the source's type never has it).
    let columns: [Int?]
}

/// A series an aggregate reads (`type.attribute` over a selector).
struct SeriesPlan: Sendable {
    let selector: Int
    let column: Int?
}

/// A compiled ruleset bound to a population's vocabulary: the bytecode, and where each selector,
/// series and profile value comes from. Shared read-only by every worker thread.
final class PopulationProgram: @unchecked Sendable {
    let compiled: CompiledRuleset
    let vocabulary: SourceVocabulary
    let layout: EventLayout
    let selectors: [SelectorPlan]
    let series: [SeriesPlan]
    /// The profile keys the rules read, in slot order (`registered` first).
    let profileKeys: [String]
    /// Every rule as bytecode, exactly as ``Simulation`` has it.
    let code: RuleCode
    /// Source event types the ruleset does not declare: never read.
    let ignoredTypes: [String]
    /// Event types the rules count that the source never has (a household ruleset on job seekers).
    let absentTypes: [String]

    var ruleset: Ruleset { compiled.ruleset }
    var scoreCount: Int { code.scoreRules.count }

    init(compiled: CompiledRuleset, vocabulary: SourceVocabulary) {
        self.compiled = compiled
        self.vocabulary = vocabulary
        let builder = TimelineBuilder(compiled: compiled)
        profileKeys = builder.profileKeys
        // The fraud world's additions are only read by rulesets that declare them, without a warning for the others.
        ignoredTypes = vocabulary.types.map(\.name).filter { compiled.ruleset.eventType($0) == nil && !GeneratedVocabulary.worldTypes.contains($0) }
        var absent: [String] = []
        for type in compiled.selectors.map(\.type) where vocabulary.typeIndex(type) == nil && !absent.contains(type) { absent.append(type) }
        absentTypes = absent

        // The (type, slot) pairs the rules read: filter attributes and series attributes.
        var needed: [(type: Int, slot: Int)] = []
        func slot(_ type: Int?, _ attribute: String) -> (Int, Int)? {
            guard let type, let slot = vocabulary.types[type].attributes.firstIndex(of: attribute) else { return nil }
            return (type, slot)
        }
        let selectorTypes = compiled.selectors.map { vocabulary.typeIndex($0.type) }
        var filterAttributes: [[String]] = []
        for (index, selector) in compiled.selectors.enumerated() {
            var names: [String] = []
            selector.filter.map { Self.collectAttributes($0, into: &names) }
            filterAttributes.append(names)
            for name in names { if let pair = slot(selectorTypes[index], name) { needed.append(pair) } }
        }
        for (selector, attribute) in builder.seriesNeeded {
            if let pair = slot(selectorTypes[selector], attribute) { needed.append(pair) }
        }
        let layout = EventLayout(typeCount: vocabulary.types.count, needed: needed)
        self.layout = layout
        func column(_ type: Int?, _ attribute: String) -> Int? {
            slot(type, attribute).flatMap { layout.column(type: $0.0, slot: $0.1) }
        }
        selectors = compiled.selectors.enumerated().map { index, selector in
            let type = selectorTypes[index]
            let filter = selector.filter.map { node in
                FilterPlan(node: node, typeName: selector.type, attributes: filterAttributes[index],
                           columns: filterAttributes[index].map { column(type, $0) })
            }
            return SelectorPlan(type: type, filter: filter)
        }
        series = builder.seriesNeeded.map { SeriesPlan(selector: $0.0, column: column(selectorTypes[$0.0], $0.1)) }

        code = RuleCode(compiled: compiled, builder: builder)
    }

    deinit {
        code.deallocate()
    }

    private static func collectAttributes(_ node: TypedNode, into names: inout [String]) {
        switch node.kind {
        case .attribute(let name), .hasAttribute(let name):
            if !names.contains(name) { names.append(name) }
        default: break
        }
        for child in node.children { collectAttributes(child, into: &names) }
    }
}
