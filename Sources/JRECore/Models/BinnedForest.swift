/// A tree ensemble laid out for scoring without a data-dependent branch: each row's values become
/// small bins once, every tree is padded to the same depth, and every split is one bit test.
///
/// A feature's bins: for a numeric feature, how many of the ensemble's thresholds on it are at most
/// the value (so `x < threshold k` is `bin <= k`); for a categorical one, the code itself, one bin for
/// a code the model's sets never hold (negative, too large) and one for a missing value. A split
/// keeps a 64-bit mask of the bins that go right, its default direction included, so a numeric,
/// categorical or missing value goes where ``FlatNodes/next(_:_:)`` sends it. Every tree is complete
/// to the ensemble's depth (nodes below a leaf send every row left, to copies of the leaf): the walk
/// is `depth` steps of `child = 2 × node + 1 + bit`, with no test on the node. Leaves are added tree
/// after tree in the model's order, as before: the same sum, bit for bit.
///
/// Trees of depth at most 6 are not even walked: ``LeafMasks`` finds each one's leaf by AND-ing bit sets.
///
/// Only for ensembles whose features each have at most 62 thresholds (or codes below 62) and whose
/// trees are at most ``maximumDepth`` deep; ``make(_:roots:featureCount:)`` returns nil otherwise
/// and the packed walk scores them.
final class BinnedForest: @unchecked Sendable {
    struct Node {
        /// Bit `b` set: a row whose bin of ``feature`` is `b` goes right.
        var mask: UInt64
        var feature: UInt32
    }

    /// How a feature's value becomes its bin.
    enum Kind: UInt8 {
        case unused, numeric, categorical
    }

    static let maximumDepth = 8
    /// The largest bin: bins are bit positions of a 64-bit mask.
    static let maximumBins = 64

    let depth: Int
    let treeCount: Int
    let featureCount: Int
    /// Per tree, `2^depth - 1` nodes breadth first (children of `i` at `2i + 1`, `2i + 2`).
    let nodes: UnsafeMutablePointer<Node>
    /// Per tree, `2^depth` leaf values.
    let leaves: UnsafeMutablePointer<Float>
    /// Per feature: its kind, where its sorted thresholds start and how many groups of four they
    /// fill (numeric; the last group padded with NaN, which no value is at least), the codes kept
    /// (categorical), and its missing bin.
    let kinds: UnsafeMutablePointer<Kind>
    let thresholdStart: UnsafeMutablePointer<Int>
    let thresholdGroups: UnsafeMutablePointer<Int>
    let thresholds: UnsafeMutablePointer<SIMD4<Float>>
    let codeLimit: UnsafeMutablePointer<Int>
    let missingBin: UnsafeMutablePointer<UInt8>
    /// Whether one leaf per tree adds up exactly in a `Double` in any order (``addsExactly(_:treeCount:)``):
    /// then the leaves are added in four independent sums, not one chain of `treeCount` additions.
    let leavesAddExactly: Bool
    /// For trees of depth at most 6, the leaves each feature's bin leaves possible (QuickScorer's idea,
    /// over bins): ``LeafMasks``; nil for deeper trees, walked node by node.
    let leafMasks: LeafMasks?

    private init(depth: Int, treeCount: Int, featureCount: Int, nodes: [Node], splits: [Bool], leaves: [Float], kinds: [Kind],
                 thresholdLists: [[Float]], codeLimits: [Int], missingBins: [UInt8]) {
        func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
            let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(1, array.count))
            if !array.isEmpty { pointer.initialize(from: array, count: array.count) }
            return pointer
        }
        self.depth = depth
        self.treeCount = treeCount
        self.featureCount = featureCount
        let nodePointer = copy(nodes), kindPointer = copy(kinds)
        self.nodes = nodePointer
        self.leaves = copy(leaves)
        leavesAddExactly = Self.addsExactly(leaves, treeCount: treeCount)
        self.kinds = kindPointer
        var starts: [Int] = [], groups: [Int] = [], all: [SIMD4<Float>] = []
        for list in thresholdLists {
            starts.append(all.count)
            groups.append((list.count + 3) / 4)
            for group in stride(from: 0, to: list.count, by: 4) {
                var four = SIMD4<Float>(repeating: .nan)
                for lane in 0..<min(4, list.count - group) { four[lane] = list[group + lane] }
                all.append(four)
            }
        }
        thresholdStart = copy(starts)
        thresholdGroups = copy(groups)
        thresholds = copy(all)
        codeLimit = copy(codeLimits)
        missingBin = copy(missingBins)
        leafMasks = depth <= LeafMasks.maximumDepth
            ? LeafMasks(depth: depth, treeCount: treeCount, nodes: nodePointer, splits: splits, kinds: kindPointer,
                        binCounts: missingBins.map { Int($0) + 1 }) : nil
    }

    deinit {
        nodes.deallocate()
        leaves.deallocate()
        kinds.deallocate()
        thresholdStart.deallocate()
        thresholdGroups.deallocate()
        thresholds.deallocate()
        codeLimit.deallocate()
        missingBin.deallocate()
    }

    /// Whether every sum of one leaf per tree, taken in any order, is exact in a `Double`, so that
    /// the order of the additions cannot change a bit of the result.
    ///
    /// Each leaf is a `Float`: a multiple of 2^(e − 23) for the smallest exponent `e` among the
    /// leaves, below 2^(E + 1) for the largest `E`. A sum of `n` of them is a multiple of 2^(e − 23)
    /// below n × 2^(E + 1): it fits a `Double`'s 53 significant bits when E − e + 24 + ⌈log₂ n⌉ ≤ 53,
    /// and then so does every partial sum (the bundled models' leaves span less than 2^20).
    static func addsExactly(_ leaves: [Float], treeCount: Int) -> Bool {
        guard leaves.allSatisfy(\.isFinite) else { return false }
        let exponents = leaves.filter { $0 != 0 }.map { Int($0.exponent) }
        guard let highest = exponents.max(), let lowest = exponents.min() else { return true }
        let terms = max(1, treeCount) - 1
        let log2Terms = terms.bitWidth - terms.leadingZeroBitCount
        return highest - lowest + 24 + log2Terms <= 53
    }

    /// The binned layout of `nodes`' trees (from `roots`), or nil when the ensemble does not fit it.
    static func make(_ nodes: TreeEnsemble.Nodes, roots: [Int32], featureCount: Int) -> BinnedForest? {
        guard featureCount > 0 else { return nil }
        // Each feature's kind, thresholds and codes, over every split of every tree.
        var kinds = [Kind](repeating: .unused, count: featureCount)
        var thresholdSets = [Set<Float>](repeating: [], count: featureCount)
        var largestCode = [Int](repeating: -1, count: featureCount)
        func codes(_ node: Int) -> [Int] {
            let start = Int(nodes.categoryStart[node]), words = Int(nodes.categoryWordCount[node])
            var result: [Int] = []
            for word in 0..<words {
                let bits = nodes.categoryWords[start + word]
                for bit in 0..<64 where bits & (1 << UInt64(bit)) != 0 { result.append(word * 64 + bit) }
            }
            return result
        }
        var depth = 0
        for root in roots {
            var stack = [(Int(root), 0)]
            while let (node, level) = stack.popLast() {
                guard nodes.left[node] >= 0 else {
                    depth = max(depth, level)
                    continue
                }
                let feature = Int(nodes.feature[node])
                guard feature >= 0, feature < featureCount else { return nil }
                let kind: Kind = nodes.categoryStart[node] >= 0 ? .categorical : .numeric
                guard kinds[feature] == .unused || kinds[feature] == kind else { return nil }
                kinds[feature] = kind
                if kind == .numeric {
                    guard !nodes.value[node].isNaN else { return nil }
                    thresholdSets[feature].insert(nodes.value[node])
                } else {
                    largestCode[feature] = max(largestCode[feature], codes(node).max() ?? -1)
                }
                stack.append((Int(nodes.left[node]), level + 1))
                stack.append((Int(nodes.right[node]), level + 1))
            }
        }
        guard depth <= maximumDepth else { return nil }
        var thresholdLists: [[Float]] = [], codeLimits: [Int] = [], missingBins: [UInt8] = []
        for feature in 0..<featureCount {
            // Numeric: bins 0…K, then missing. Categorical: codes 0…limit-1, then « no set holds it », then missing.
            let list = thresholdSets[feature].sorted()
            let limit = largestCode[feature] + 1
            let missing = kinds[feature] == .categorical ? limit + 1 : list.count + 1
            guard missing < maximumBins else { return nil }
            thresholdLists.append(kinds[feature] == .numeric ? list : [])
            codeLimits.append(limit)
            missingBins.append(UInt8(missing))
        }
        // Every tree complete to `depth`: internal positions 0..<2^depth - 1, leaves after them.
        let internalCount = (1 << depth) - 1, leafCount = 1 << depth
        var packed: [Node] = [], leaves: [Float] = [], splits: [Bool] = []
        packed.reserveCapacity(roots.count * internalCount)
        leaves.reserveCapacity(roots.count * leafCount)
        for root in roots {
            var treeNodes = [Node](repeating: Node(mask: 0, feature: 0), count: internalCount)
            var treeSplits = [Bool](repeating: false, count: internalCount)
            var treeLeaves = [Float](repeating: 0, count: leafCount)
            // (original node, position in the complete tree, level)
            var stack = [(Int(root), 0, 0)]
            while let (node, position, level) = stack.popLast() {
                if nodes.left[node] < 0 {
                    // A leaf above the last level: every position below it (reached by going left) holds its value.
                    let first = (position + 1) << (depth - level) - 1 - internalCount
                    for leaf in first..<(first + (1 << (depth - level))) { treeLeaves[leaf] = nodes.value[node] }
                    continue
                }
                let feature = Int(nodes.feature[node])
                var mask: UInt64 = 0
                if kinds[feature] == .numeric {
                    let list = thresholdLists[feature]
                    let rank = list.firstIndex(of: nodes.value[node]) ?? 0
                    // x < threshold `rank` ⇔ bin <= rank: bins rank+1…K go right.
                    for bin in (rank + 1)...list.count { mask |= 1 << UInt64(bin) }
                } else {
                    for code in codes(node) { mask |= 1 << UInt64(code) }
                }
                if nodes.defaultLeft[node] == 0 { mask |= 1 << UInt64(missingBins[feature]) }
                treeNodes[position] = Node(mask: mask, feature: UInt32(feature))
                treeSplits[position] = true
                stack.append((Int(nodes.left[node]), 2 * position + 1, level + 1))
                stack.append((Int(nodes.right[node]), 2 * position + 2, level + 1))
            }
            packed += treeNodes
            leaves += treeLeaves
            splits += treeSplits
        }
        return BinnedForest(depth: depth, treeCount: roots.count, featureCount: featureCount, nodes: packed, splits: splits, leaves: leaves, kinds: kinds,
                            thresholdLists: thresholdLists, codeLimits: codeLimits, missingBins: missingBins)
    }

    /// The bin of value `x` of `feature`.
    @inline(__always)
    func bin(_ feature: Int, _ x: Float) -> UInt8 {
        if x.isNaN { return missingBin[feature] }
        switch kinds[feature] {
        case .unused:
            return 0
        case .numeric:
            // How many thresholds are at most x: every group of four compared at once, no branch on
            // the value (a binary search's steps were compiled as branches, mispredicted half the time).
            let groups = thresholds + thresholdStart[feature], count = thresholdGroups[feature]
            let xs = SIMD4<Float>(repeating: x)
            var below = SIMD4<Int32>()
            for group in 0..<count { below &+= SIMD4<Int32>().replacing(with: 1, where: groups[group] .<= xs) }
            return UInt8(truncatingIfNeeded: below.wrappedSum())
        case .categorical:
            // As FlatNodes.next: the code is the value truncated; a negative or unheld code goes left.
            let limit = codeLimit[feature]
            return x >= 0 && x < Float(limit) ? UInt8(Int(x)) : UInt8(limit)
        }
    }

    /// The sum of the leaves the row of ``featureCount`` values reaches, tree after tree.
    @inline(__always)
    func leafSum(_ row: UnsafePointer<Float>) -> Double {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: featureCount) { bins in
            let bins = bins.baseAddress!
            for feature in 0..<featureCount { bins[feature] = bin(feature, row[feature]) }
            if let leafMasks {
                switch leafMasks.width {
                case .bits16: return leafMasks.sum(UInt16.self, bins, leaves: leaves, exactly: leavesAddExactly)
                case .bits32: return leafMasks.sum(UInt32.self, bins, leaves: leaves, exactly: leavesAddExactly)
                case .bits64: return leafMasks.sum(UInt64.self, bins, leaves: leaves, exactly: leavesAddExactly)
                }
            }
            // A constant depth lets the compiler unroll the walk of each tree.
            switch depth {
            case 7: return sum(bins, depth: 7)
            case 8: return sum(bins, depth: 8)
            default: return sum(bins, depth: depth)
            }
        }
    }

    /// Every tree's leaf for `bins`, added in the model's order.
    @inline(__always)
    func sum(_ bins: UnsafeMutablePointer<UInt8>, depth: Int) -> Double {
        let internalCount = (1 &<< depth) &- 1, leafCount = 1 &<< depth
        var sum = 0.0
        var tree = nodes, treeLeaves = leaves
        for _ in 0..<treeCount {
            var position = 0
            for _ in 0..<depth {
                let node = tree[position]
                let bit = Int(truncatingIfNeeded: (node.mask &>> UInt64(bins[Int(node.feature)])) & 1)
                position = position &* 2 &+ 1 &+ bit
            }
            sum += Double(treeLeaves[position &- internalCount])
            tree += internalCount
            treeLeaves += leafCount
        }
        return sum
    }
}

/// Per feature, per bin, per tree: the bit set of the tree's leaves that a row with that bin can
/// still reach (every split on the feature rules out the side the bin does not take).
///
/// A row's leaf in a tree is then the one bit left after AND-ing its features' sets — the tree's
/// path, found with no branch and no dependent loads, many trees per vector instruction. Every
/// tree starts from its real leaves (for a leaf above the last level, its leftmost copy): exactly
/// one bit stays, the leaf the node walk reaches.
final class LeafMasks: @unchecked Sendable {
    enum Width { case bits16, bits32, bits64 }

    static let maximumDepth = 6

    let width: Width
    let depth: Int
    let treeCount: Int
    /// The features some split reads, and where each one's table starts (bin `b`'s row at `start + b × treeCount`).
    let usedFeatures: [Int]
    let featureStarts: UnsafeMutablePointer<Int>
    let usedCount: Int
    let usedList: UnsafeMutablePointer<Int>
    /// The tables, and each tree's real leaves, as raw bytes of `width`'s integers.
    let masks: UnsafeMutableRawPointer
    let starting: UnsafeMutableRawPointer

    /// `splits[tree × (2^depth − 1) + position]`: whether the complete tree's position holds a real split.
    init(depth: Int, treeCount: Int, nodes: UnsafeMutablePointer<BinnedForest.Node>, splits: [Bool],
         kinds: UnsafeMutablePointer<BinnedForest.Kind>, binCounts: [Int]) {
        self.depth = depth
        self.treeCount = treeCount
        width = depth <= 4 ? .bits16 : depth == 5 ? .bits32 : .bits64
        let leafCount = 1 << depth, internalCount = leafCount - 1
        let used = binCounts.indices.filter { kinds[$0] != .unused }
        usedFeatures = used
        usedCount = used.count
        usedList = .allocate(capacity: max(1, used.count))
        for (index, feature) in used.enumerated() { usedList[index] = feature }
        featureStarts = .allocate(capacity: max(1, binCounts.count))
        var total = 0
        for feature in binCounts.indices {
            featureStarts[feature] = total
            if kinds[feature] != .unused { total += binCounts[feature] * treeCount }
        }
        let all: UInt64 = leafCount == 64 ? ~0 : (1 << UInt64(leafCount)) - 1
        var table = [UInt64](repeating: all, count: max(1, total))
        var start = [UInt64](repeating: 0, count: max(1, treeCount))
        // The leaves (bits) below position `position` of level `level`.
        func below(_ position: Int, _ level: Int) -> UInt64 {
            let span = 1 << (depth - level), first = (position + 1) << (depth - level) - 1 - internalCount
            let bits: UInt64 = span == 64 ? ~0 : (1 << UInt64(span)) - 1
            return bits << UInt64(first)
        }
        for tree in 0..<treeCount {
            let base = tree * internalCount
            // Real nodes are reached from the root through real nodes; a position not reached is below a leaf.
            var stack = [(0, 0)]
            while let (position, level) = stack.popLast() {
                guard level < depth, splits[base + position] else {
                    // A real leaf: its leftmost copy on the last level is where the walk ends.
                    let first = (position + 1) << (depth - level) - 1 - internalCount
                    start[tree] |= 1 << UInt64(first)
                    continue
                }
                let real = nodes[base + position], feature = Int(real.feature)
                let left = below(2 * position + 1, level + 1), right = below(2 * position + 2, level + 1)
                for bin in 0..<binCounts[feature] {
                    let goesRight = (real.mask >> UInt64(bin)) & 1 == 1
                    table[featureStarts[feature] + bin * treeCount + tree] &= ~(goesRight ? left : right)
                }
                stack.append((2 * position + 1, level + 1))
                stack.append((2 * position + 2, level + 1))
            }
        }
        func store<T: FixedWidthInteger>(_ type: T.Type, _ values: [UInt64]) -> UnsafeMutableRawPointer {
            let pointer = UnsafeMutablePointer<T>.allocate(capacity: values.count)
            for (index, value) in values.enumerated() { pointer[index] = T(truncatingIfNeeded: value) }
            return UnsafeMutableRawPointer(pointer)
        }
        switch width {
        case .bits16: masks = store(UInt16.self, table); starting = store(UInt16.self, start)
        case .bits32: masks = store(UInt32.self, table); starting = store(UInt32.self, start)
        case .bits64: masks = store(UInt64.self, table); starting = store(UInt64.self, start)
        }
    }

    deinit {
        featureStarts.deallocate()
        usedList.deallocate()
        masks.deallocate()
        starting.deallocate()
    }

    /// The sum of every tree's leaf for `bins`, in the model's order or, when the leaves add up
    /// `exactly` in any order, in four interleaved sums (the same bits); `T` is ``width``'s integer.
    @inline(__always)
    func sum<T: FixedWidthInteger & UnsignedInteger>(_ type: T.Type, _ bins: UnsafeMutablePointer<UInt8>, leaves: UnsafeMutablePointer<Float>,
                                                     exactly: Bool) -> Double {
        withUnsafeTemporaryAllocation(of: T.self, capacity: treeCount) { reachable in
            let reachable = reachable.baseAddress!, count = treeCount
            let tables = masks.assumingMemoryBound(to: T.self)
            reachable.update(from: starting.assumingMemoryBound(to: T.self), count: count)
            for index in 0..<usedCount {
                let feature = usedList[index]
                let row = tables + featureStarts[feature] + Int(bins[feature]) &* count
                for tree in 0..<count { reachable[tree] &= row[tree] }
            }
            let leafCount = 1 &<< depth
            func leaf(_ tree: Int) -> Double { Double(leaves[tree &* leafCount &+ reachable[tree].trailingZeroBitCount]) }
            if exactly {
                // Four chains of additions instead of one: a fourth of the latency, the same sum.
                var sums = (0.0, 0.0, 0.0, 0.0), tree = 0
                while tree &+ 4 <= count {
                    sums.0 += leaf(tree)
                    sums.1 += leaf(tree &+ 1)
                    sums.2 += leaf(tree &+ 2)
                    sums.3 += leaf(tree &+ 3)
                    tree &+= 4
                }
                while tree < count {
                    sums.0 += leaf(tree)
                    tree &+= 1
                }
                return (sums.0 + sums.1) + (sums.2 + sums.3)
            }
            var sum = 0.0
            for tree in 0..<count { sum += leaf(tree) }
            return sum
        }
    }
}
