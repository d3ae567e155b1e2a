/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast generator whose stream depends only on its seed,
/// so seeded samples are the same on every platform and Swift version.
///
/// The package's one seeded generator: the FDSM samples and sampled betweenness here, the benchmark driver's
/// random graphs, and the tests' random cases (`PartnerTestSupport`) all draw from it.
/// ```swift
/// var generator = SplitMix64(seed: 42)
/// let node = Int.random(in: 0..<100, using: &generator)
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// The generator whose stream depends only on `seed`.
    public init(seed: UInt64) { state = seed }

    /// The generator of stream `stream` of `seed`, for independent runs such as Monte Carlo samples: its
    /// start is a hash of both. Starts that differ by multiples of the increment (`seed + k · 0x9E37…`) would
    /// give shifted copies of one sequence (the state after one step of one is the start of the next), so
    /// neighbouring streams would make nearly the same draws.
    public init(seed: UInt64, stream: UInt64) { state = Self.mix(Self.mix(seed) &+ Self.mix(stream &+ 1)) }

    /// The next 64 random bits.
    /// - Complexity: O(1).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// SplitMix64's output function: a bijection of 64-bit words that scatters neighbouring inputs.
    @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` (multiply-shift; the bias is below 2^-32 for the bounds used here).
    public mutating func next(below bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }
}

enum SeededSampling {
    /// `count` distinct values of `0..<population`, drawn by a partial Fisher-Yates shuffle.
    /// - Complexity: O(population) memory and O(population + count) time.
    static func distinct(_ count: Int, of population: Int, seed: UInt64) -> [Int] {
        precondition(count >= 0 && count <= population, "cannot draw \(count) distinct values of \(population)")
        var generator = SplitMix64(seed: seed)
        var pool = Array(0..<population)
        for index in 0..<count {
            let pick = index + generator.next(below: population - index)
            pool.swapAt(index, pick)
        }
        return Array(pool.prefix(count))
    }
}
