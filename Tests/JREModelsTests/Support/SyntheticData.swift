import JRETraining

/// A small seeded generator for test data (independent of the core's population generator).
struct TestRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next 64 random bits (SplitMix64).
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// A standard normal number (Box–Muller).
    mutating func normal() -> Double {
        let u = max(unit(), 1e-12), v = unit()
        return (-2 * _log(u)).squareRoot() * _cos(2 * .pi * v)
    }
}

/// A labelled data set for training and comparing models.
struct SyntheticData {
    var features: FeatureMatrix
    var labels: [Float]
    var kinds: [FeatureKind]
    var names: [String]

    /// `rows` rows of `columns` features; `categorical` columns hold codes 0..<`categories`;
    /// about `missing` of the numeric cells are NaN. Labels depend non-linearly on the features.
    static func make(
        rows: Int, columns: Int = 8, categorical: Set<Int> = [], categories: Int = 12, missing: Double = 0,
        regression: Bool = false, seed: UInt64
    ) -> SyntheticData {
        var random = TestRandom(seed: seed)
        var values = [Float](repeating: 0, count: rows * columns)
        var labels = [Float](repeating: 0, count: rows)
        for row in 0..<rows {
            var signal = 0.0
            for column in 0..<columns {
                let value: Double
                if categorical.contains(column) {
                    let code = Int(random.unit() * Double(categories))
                    value = Double(code)
                    signal += [0, 3, 5, 7, 11].contains(code) ? 1.2 : -0.4
                } else {
                    value = random.normal() * Double(column + 1)
                    let scaled = value / Double(column + 1)
                    signal += column % 3 == 0 ? scaled : column % 3 == 1 ? (scaled * scaled - 1) * 0.5 : (scaled > 0.3 ? 0.8 : -0.2)
                }
                values[row * columns + column] = Float(value)
                if missing > 0, !categorical.contains(column), random.unit() < missing {
                    values[row * columns + column] = .nan
                    signal += 0.3
                }
            }
            let noisy = signal + random.normal() * 0.7
            labels[row] = regression ? Float(noisy) : (noisy > 0.2 ? 1 : 0)
        }
        return SyntheticData(
            features: FeatureMatrix(rows: rows, columns: columns, values: values), labels: labels,
            kinds: (0..<columns).map { categorical.contains($0) ? .categorical : .quantitative },
            names: (0..<columns).map { "x\($0)" }
        )
    }
}

/// Builds a row as an array of Float from a FeatureMatrix.
extension FeatureMatrix {
    func rowArray(_ index: Int) -> [Float] { Array(row(index)) }
}
