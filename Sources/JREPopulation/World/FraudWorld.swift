import JRECore

/// The fraud world of a population, in process: each claimant's ``WorldProfile`` (the hidden fraud
/// and the control history included) and the control records a model learns from.
public enum FraudWorld {
    /// Claimants `range`'s world (all of them by default), by index, drawn on every core.
    ///
    /// The same as the world the evaluation and `population generate` see: claimant `i` depends
    /// only on the seed, the days, the history mode and `i`.
    public static func profiles(_ population: SyntheticPopulation, range: Range<Int>? = nil) -> [WorldProfile] {
        let range = range ?? 0..<population.size
        guard !range.isEmpty else { return [] }
        let blockSize = SyntheticReader.blockSize
        let blocks = (range.count + blockSize - 1) / blockSize
        let states = ParallelBlocks.run(blocks: blocks, makeState: { WorldBlocks(population) }, body: { state, block in
            let start = range.lowerBound + block * blockSize, end = min(range.upperBound, start + blockSize)
            state.draw(block, start..<end)
        })
        var result = [WorldProfile](repeating: WorldProfile(), count: range.count)
        for state in states {
            for (block, worlds) in state.blocks {
                let start = block * blockSize
                for (offset, world) in worlds.enumerated() { result[start + offset] = world }
            }
        }
        return result
    }

    /// Claimant `index`'s world.
    public static func profile(_ population: SyntheticPopulation, index: Int) -> WorldProfile {
        WorldBlocks(population).drawOne(index)
    }

    /// Every claimant's past control, by claimant index: drawn for a synthetic population, read from
    /// `controls.csv` for a folder (nil when the folder has none).
    public static func controls(_ input: PopulationInput) -> [ControlRecord]? {
        switch input {
        case .synthetic(let population): return profiles(population).map(\.control)
        case .files(let files): return files.controls
        }
    }
}

/// One worker's drawn worlds, by block.
private struct WorldBlocks {
    let drawer: ClaimantDrawer
    let events: ClaimantEvents
    var blocks: [(Int, [WorldProfile])] = []

    init(_ population: SyntheticPopulation) {
        drawer = ClaimantDrawer(population)
        // No attribute is kept: the world's draws do not depend on the layout.
        events = ClaimantEvents(layout: EventLayout(typeCount: GeneratedVocabulary.types.count, needed: []))
    }

    mutating func draw(_ block: Int, _ range: Range<Int>) {
        blocks.append((block, range.map(drawOne)))
    }

    func drawOne(_ index: Int) -> WorldProfile {
        drawer.draw(index, into: events).world
    }
}
