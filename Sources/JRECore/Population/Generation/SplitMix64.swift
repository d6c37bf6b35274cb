/// SplitMix64 as a `RandomNumberGenerator`: a small, portable, seeded generator, so a run driven by
/// random input (fuzzing, key mashing) can be replayed from its seed. The population generator's
/// streams (``PopulationRandom``) use the same mixing.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return PopulationRandom.mix(state)
    }
}
