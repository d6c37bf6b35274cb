import JRECore

/// The generator's random numbers: SplitMix64, one independent stream per claimant.
///
/// Only integer operations and IEEE basic arithmetic are used (no `log`, `exp`, `pow` from the
/// platform's maths library), so a seed gives the same population on every machine.
struct PopulationRandom {
    private var state: UInt64

    /// The stream of claimant `index` in the population of seed `seed`.
    init(seed: UInt64, index: Int) {
        state = Self.mix(seed &+ 0x632BE59BD9B4E019) ^ Self.mix(UInt64(truncatingIfNeeded: index) &* 0x9E3779B97F4A7C15 &+ 1)
    }

    /// The fraud world's stream of claimant `index`: separate from ``init(seed:index:)``'s, so that
    /// adding the world changed no draw of the rest of the population.
    init(worldOf seed: UInt64, index: Int) {
        state = Self.mix(seed &+ 0x1F83D9ABFB41BD6B) ^ Self.mix(UInt64(truncatingIfNeeded: index) &* 0xD1B54A32D192ED03 &+ 7)
    }

    /// The employment outcome's stream of claimant `index` (``EmploymentOutcome``): separate from the
    /// others, so that adding the outcome changed no other draw.
    init(outcomeOf seed: UInt64, index: Int) {
        state = Self.mix(seed &+ 0x5851F42D4C957F2D) ^ Self.mix(UInt64(truncatingIfNeeded: index) &* 0xA24BAED4963EE407 &+ 11)
    }

    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 { SplitMix64.mix(value) }

    @inline(__always)
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        return Self.mix(state)
    }

    /// Uniform in [0, 1).
    @inline(__always)
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// True with probability `p`.
    @inline(__always)
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Uniform in `0..<n` (n > 0).
    @inline(__always)
    mutating func below(_ n: Int) -> Int { Int(((next() >> 32) &* UInt64(n)) >> 32) }

    /// Uniform in `range` (inclusive).
    @inline(__always)
    mutating func within(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// An exponential draw of mean 1, from a portable table of 4,096 quantiles (``ExponentialTable/values``).
    @inline(__always)
    mutating func exponential(_ table: UnsafePointer<Double>) -> Double { table[Int(next() >> 52)] }

    /// Mean 1, between 0 and 2, standard deviation 1/3 (sum of three uniforms): a person's intensity.
    @inline(__always)
    mutating func intensity() -> Double { (unit() + unit() + unit()) / 1.5 }

    /// An index drawn from cumulative weights (the last entry is the total).
    @inline(__always)
    mutating func pick(_ cumulative: [Double]) -> Int {
        let target = unit() * (cumulative.last ?? 0)
        for (index, bound) in cumulative.enumerated() where target < bound { return index }
        return cumulative.count - 1
    }
}

/// The 4,096 quantiles of the exponential distribution, `-ln((i + 0.5) / 4096)`, computed with
/// ``PortableMath/log(_:)`` so they are bit-for-bit the same everywhere.
enum ExponentialTable {
    static let values: [Double] = (0..<4096).map { -PortableMath.log((Double($0) + 0.5) / 4096) }
}

/// Transcendental functions from IEEE basic arithmetic only, for reproducible tables.
enum PortableMath {
    static let ln2 = 0.693147180559945309417232121458176568

    /// The natural logarithm of `x > 0`: `x = m·2^e` with `m` in [1, 2), then the atanh series.
    static func log(_ x: Double) -> Double {
        guard x > 0, x.isFinite else { return x == 0 ? -.infinity : .nan }
        var m = x, e = 0.0
        while m >= 2 { m /= 2; e += 1 }
        while m < 1 { m *= 2; e -= 1 }
        // ln(m) = 2·atanh(t), t = (m − 1)/(m + 1) in [0, 1/3).
        let t = (m - 1) / (m + 1), t2 = t * t
        var term = t, sum = 0.0
        for k in stride(from: 1, through: 61, by: 2) {
            sum += term / Double(k)
            term *= t2
        }
        return e * ln2 + 2 * sum
    }
}
