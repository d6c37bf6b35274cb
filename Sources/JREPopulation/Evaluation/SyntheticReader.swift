import JRECore

/// Draws a synthetic population's claimants block by block for one worker thread.
final class SyntheticReader: ClaimantBlockReader {
    /// Claimants per block: small enough to share work evenly, large enough to amortise the bookkeeping.
    static let blockSize = 2_048

    let population: SyntheticPopulation
    let binding: SyntheticBinding
    private let drawer: ClaimantDrawer
    private let events: ClaimantEvents
    private let groups: UnsafeMutablePointer<Int32>

    init(population: SyntheticPopulation, binding: SyntheticBinding, layout: EventLayout) {
        self.population = population
        self.binding = binding
        drawer = ClaimantDrawer(population)
        events = ClaimantEvents(layout: layout)
        groups = .allocate(capacity: max(1, binding.groupings.count))
        groups.initialize(repeating: 0, count: max(1, binding.groupings.count))
    }

    deinit { groups.deallocate() }

    static func blockCount(_ population: SyntheticPopulation) -> Int {
        (population.size + blockSize - 1) / blockSize
    }

    func read<Visitor: ClaimantVisitor>(block: Int, into evaluator: ClaimantEvaluator, visitor: inout Visitor) throws {
        let start = block * Self.blockSize, end = min(population.size, start + Self.blockSize)
        let cells = GeneratedCells.table
        for index in start..<end {
            let profile = drawer.draw(index, into: events)
            for (slot, attribute) in binding.profileAttributes.enumerated() {
                evaluator.profile[slot] = attribute.map { binding.encoded(profile, attribute: $0) } ?? .nan
            }
            for (position, grouping) in binding.groupings.enumerated() {
                groups[position] = Int32(grouping.map { profile.category($0) } ?? (TrueSituation.allCases.firstIndex(of: profile.situation) ?? 0))
            }
            evaluator.load(events, cells: cells)
            visitor.visit(index, situation: profile.situation, fraud: profile.world.fraud != .none, groups: groups, evaluator: evaluator)
        }
    }
}

/// How a program reads synthetic profiles: the schema attribute behind each profile slot, the
/// ids of the categories' texts, and the attribute behind each grouping (nil: the hidden situation).
struct SyntheticBinding: Sendable {
    let profileAttributes: [Int?]
    /// Per schema attribute, per category: the value the rules read.
    let categoryValues: [[Double]]
    let groupings: [Int?]

    init(program: PopulationProgram, groupings: [String]) {
        let texts = ProfileTexts(strings: program.compiled.strings)
        let names = PopulationSchema.attributes.map(\.name)
        profileAttributes = program.profileKeys.map { names.firstIndex(of: $0) }
        categoryValues = PopulationSchema.attributes.map { attribute in
            switch attribute.type {
            case .text: return attribute.values.map(texts.id)
            case .bool: return [0, 1]
            default: return []
            }
        }
        self.groupings = groupings.map { names.firstIndex(of: $0) }
    }

    @inline(__always)
    func encoded(_ profile: SyntheticProfile, attribute: Int) -> Double {
        switch attribute {
        case PopulationSchema.registered: return Double(profile.registered)
        case PopulationSchema.age: return Double(profile.age)
        case PopulationSchema.contractDays, PopulationSchema.rightsDays: return profile.number(attribute)
        default: return categoryValues[attribute][profile.category(attribute)]
        }
    }
}
