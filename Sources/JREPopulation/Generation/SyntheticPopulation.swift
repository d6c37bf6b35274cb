import JRECore

/// A synthetic population: `size` fictional claimants over `days` days, fully determined by `seed`.
///
/// Nothing is stored: claimant `i` is drawn again whenever it is needed, in constant memory. The
/// model behind the draws is documented in `docs/population-model.md` (figures in ``PopulationModel``).
public struct SyntheticPopulation: Sendable, Hashable {
    public var size: Int
    public var seed: UInt64
    public var days: Int
    /// Who the fraud world's past controls were (the labels a model learns from): see ``ControlHistoryMode``.
    public var history: ControlHistoryMode

    /// The run length used when none is given: about six months, as the benchmarks assume.
    public static let defaultDays = 182
    /// The longest run the generator accepts (five years).
    public static let maximumDays = 1_826

    public init(size: Int, seed: UInt64, days: Int = SyntheticPopulation.defaultDays, history: ControlHistoryMode = .targeted) {
        self.size = size
        self.seed = seed
        self.days = days
        self.history = history
    }

    /// The identifier of claimant `index` (`p0000001`…), as written in the CSV files.
    public static func identifier(_ index: Int) -> String {
        let digits = String(index + 1)
        return "p" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }
}
