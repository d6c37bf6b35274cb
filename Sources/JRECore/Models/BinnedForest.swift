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
    /// Per feature: its kind, where its sorted thresholds start and how many (numeric), the codes
    /// kept (categorical), and its missing bin.
    let kinds: UnsafeMutablePointer<Kind>
    let thresholdStart: UnsafeMutablePointer<Int>
    let thresholdCount: UnsafeMutablePointer<Int>
    let thresholds: UnsafeMutablePointer<Float>
    let codeLimit: UnsafeMutablePointer<Int>
    let missingBin: UnsafeMutablePointer<UInt8>

    private init(depth: Int, treeCount: Int, featureCount: Int, nodes: [Node], leaves: [Float], kinds: [Kind],
                 thresholdLists: [[Float]], codeLimits: [Int], missingBins: [UInt8]) {
        func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
            let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(1, array.count))
            if !array.isEmpty { pointer.initialize(from: array, count: array.count) }
            return pointer
        }
        self.depth = depth
        self.treeCount = treeCount
        self.featureCount = featureCount
        self.nodes = copy(nodes)
        self.leaves = copy(leaves)
        self.kinds = copy(kinds)
        var starts: [Int] = [], all: [Float] = []
        for list in thresholdLists {
            starts.append(all.count)
            all += list
        }
        thresholdStart = copy(starts)
        thresholdCount = copy(thresholdLists.map(\.count))
        thresholds = copy(all)
        codeLimit = copy(codeLimits)
        missingBin = copy(missingBins)
    }

    deinit {
        nodes.deallocate()
        leaves.deallocate()
        kinds.deallocate()
        thresholdStart.deallocate()
        thresholdCount.deallocate()
        thresholds.deallocate()
        codeLimit.deallocate()
        missingBin.deallocate()
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
        var packed: [Node] = [], leaves: [Float] = []
        packed.reserveCapacity(roots.count * internalCount)
        leaves.reserveCapacity(roots.count * leafCount)
        for root in roots {
            var treeNodes = [Node](repeating: Node(mask: 0, feature: 0), count: internalCount)
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
                stack.append((Int(nodes.left[node]), 2 * position + 1, level + 1))
                stack.append((Int(nodes.right[node]), 2 * position + 2, level + 1))
            }
            packed += treeNodes
            leaves += treeLeaves
        }
        return BinnedForest(depth: depth, treeCount: roots.count, featureCount: featureCount, nodes: packed, leaves: leaves, kinds: kinds,
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
            // How many thresholds are at most x: a search whose steps depend only on the count.
            var base = thresholds + thresholdStart[feature]
            var count = thresholdCount[feature]
            guard count > 0 else { return 0 }
            let first = base
            while count > 1 {
                let half = count >> 1
                base = base[half] <= x ? base + half : base
                count -= half
            }
            return UInt8(base - first + (base[0] <= x ? 1 : 0))
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
            // A constant depth lets the compiler unroll the walk of each tree.
            switch depth {
            case 1: return sum(bins, depth: 1)
            case 2: return sum(bins, depth: 2)
            case 3: return sum(bins, depth: 3)
            case 4: return sum(bins, depth: 4)
            case 5: return sum(bins, depth: 5)
            case 6: return sum(bins, depth: 6)
            default: return sum(bins, depth: depth)
            }
        }
    }

    /// Every tree's leaf for `bins`, added in the model's order.
    @inline(__always)
    private func sum(_ bins: UnsafeMutablePointer<UInt8>, depth: Int) -> Double {
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
