/// An immutable copy of a `TreeEnsemble.Nodes` in raw buffers, so the inference loops run without
/// bounds checks or reference counting.
final class FlatNodes: @unchecked Sendable {
    /// One node in 16 bytes for the prediction walk, each tree laid out again breadth first so that a
    /// split's right child follows its left one: a leaf's value or a split's threshold, the left
    /// child (-1 for a leaf), the split feature with flags (``categoricalFlag``, ``missingLeftFlag``,
    /// ``smallSetFlag``), and the node's index in ``TreeEnsemble/Nodes`` for a categorical split
    /// (or, for a set of codes below 32, the set itself).
    struct PackedNode {
        var value: Float
        var child: Int32
        var info: UInt32
        var original: Int32
    }

    static let categoricalFlag: UInt32 = 1 << 30
    /// A missing value goes left (`default_left`).
    static let missingLeftFlag: UInt32 = 1 << 31
    /// A categorical split whose set holds only codes below 32: the set is `original`'s bits.
    static let smallSetFlag: UInt32 = 1 << 29
    static let featureBits: UInt32 = (1 << 29) - 1

    /// The nodes packed for the walk, and every tree's root among them.
    let packed: UnsafeMutablePointer<PackedNode>
    let packedRoots: UnsafeMutablePointer<Int32>
    let rootCount: Int

    let left: UnsafeMutablePointer<Int32>
    let right: UnsafeMutablePointer<Int32>
    let feature: UnsafeMutablePointer<Int32>
    let value: UnsafeMutablePointer<Float>
    let defaultLeft: UnsafeMutablePointer<UInt8>
    let cover: UnsafeMutablePointer<Double>
    let categoryStart: UnsafeMutablePointer<Int32>
    let categoryWordCount: UnsafeMutablePointer<Int32>
    let categoryWords: UnsafeMutablePointer<UInt64>
    /// The same trees over feature bins, when the ensemble fits that layout: ``leafSum(_:count:)`` walks them.
    let binned: BinnedForest?

    private static func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(1, array.count))
        _ = UnsafeMutableBufferPointer(start: pointer, count: array.count).initialize(from: array)
        return pointer
    }

    init(_ nodes: TreeEnsemble.Nodes, roots: [Int32], featureCount: Int) {
        binned = BinnedForest.make(nodes, roots: roots, featureCount: featureCount)
        var layout: [PackedNode] = []
        layout.reserveCapacity(nodes.count)
        var packedRoots: [Int32] = []
        for root in roots {
            // Breadth first: each split's children are appended side by side, left then right.
            packedRoots.append(Int32(layout.count))
            var queue = [Int(root)], head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                var info = UInt32(max(0, nodes.feature[node])) & Self.featureBits
                var original = Int32(node)
                if nodes.categoryStart[node] >= 0 {
                    info |= Self.categoricalFlag
                    let start = Int(nodes.categoryStart[node]), words = Int(nodes.categoryWordCount[node])
                    let set = words > 0 ? nodes.categoryWords[start] : 0
                    if words <= 1, set >> 32 == 0 {
                        info |= Self.smallSetFlag
                        original = Int32(bitPattern: UInt32(truncatingIfNeeded: set))
                    }
                }
                if nodes.defaultLeft[node] != 0 { info |= Self.missingLeftFlag }
                var child: Int32 = -1
                if nodes.left[node] >= 0 {
                    child = Int32(layout.count + 1 + (queue.count - head))
                    queue.append(Int(nodes.left[node]))
                    queue.append(Int(nodes.right[node]))
                }
                layout.append(PackedNode(value: nodes.value[node], child: child, info: info, original: original))
            }
        }
        packed = Self.copy(layout)
        self.packedRoots = Self.copy(packedRoots)
        rootCount = roots.count
        left = Self.copy(nodes.left)
        right = Self.copy(nodes.right)
        feature = Self.copy(nodes.feature)
        value = Self.copy(nodes.value)
        defaultLeft = Self.copy(nodes.defaultLeft)
        cover = Self.copy(nodes.cover)
        categoryStart = Self.copy(nodes.categoryStart)
        categoryWordCount = Self.copy(nodes.categoryWordCount)
        categoryWords = Self.copy(nodes.categoryWords)
    }

    deinit {
        packed.deallocate()
        packedRoots.deallocate()
        left.deallocate()
        right.deallocate()
        feature.deallocate()
        value.deallocate()
        defaultLeft.deallocate()
        cover.deallocate()
        categoryStart.deallocate()
        categoryWordCount.deallocate()
        categoryWords.deallocate()
    }

    /// The child a row goes to from internal node `node`, given the row's value of the split feature.
    ///
    /// A missing value follows the default direction; a numeric split sends `x < threshold` left;
    /// a categorical split sends a code in the node's set right and any other code left (a negative
    /// code, or one past the set's last word, included), as libxgboost does.
    @inline(__always)
    func next(_ node: Int, _ x: Float) -> Int {
        if x.isNaN { return Int(defaultLeft[node] != 0 ? left[node] : right[node]) }
        let start = categoryStart[node]
        if start < 0 { return Int(x < value[node] ? left[node] : right[node]) }
        guard x >= 0, x < 16_777_216 else { return Int(left[node]) }
        let code = Int(x)
        let word = code >> 6
        guard word < Int(categoryWordCount[node]) else { return Int(left[node]) }
        let inSet = categoryWords[Int(start) + word] & (1 << UInt64(code & 63)) != 0
        return Int(inSet ? right[node] : left[node])
    }

    /// The leaf a row reaches from `root`.
    @inline(__always)
    func leaf(from root: Int, _ row: UnsafePointer<Float>) -> Int {
        var node = root
        while left[node] >= 0 { node = next(node, row[Int(feature[node])]) }
        return node
    }

    /// The packed leaf a row reaches from packed root `root`: the same path as ``leaf(from:_:)``.
    ///
    /// With `complete` (no value of the row is missing), a numeric split is one comparison and no
    /// branch: the right child follows the left one. A missing value goes where the node's default
    /// says. Categorical splits take ``next(_:_:)`` on the original node.
    @inline(__always)
    func packedLeaf(from root: Int, _ row: UnsafePointer<Float>, complete: Bool) -> Int {
        var index = root
        var node = packed[index]
        while node.child >= 0 {
            let x = row[Int(node.info & Self.featureBits)]
            let right: Int
            if node.info & Self.categoricalFlag != 0 {
                if node.info & Self.smallSetFlag == 0 {
                    let original = Int(node.original)
                    right = next(original, x) == Int(left[original]) ? 0 : 1
                } else if x.isNaN {
                    right = node.info & Self.missingLeftFlag != 0 ? 0 : 1
                } else if x >= 0, x < 32 {
                    // As in next(_:_:): the code is the value truncated; a code in the set goes right.
                    right = Int((UInt32(bitPattern: node.original) >> UInt32(Int(x))) & 1)
                } else {
                    right = 0
                }
            } else if complete || !x.isNaN {
                right = x < node.value ? 0 : 1
            } else {
                right = node.info & Self.missingLeftFlag != 0 ? 0 : 1
            }
            index = Int(node.child) + right
            node = packed[index]
        }
        return index
    }

    /// The sum of the leaves a row of `count` values reaches, tree after tree in the model's order
    /// (as libxgboost adds them): over the binned trees when there are, else by the packed walk.
    @inline(__always)
    func leafSum(_ row: UnsafePointer<Float>, count: Int) -> Double {
        if let binned, count == binned.featureCount { return binned.leafSum(row) }
        return packedLeafSum(row, count: count)
    }

    /// ``leafSum(_:count:)`` by the packed walk.
    func packedLeafSum(_ row: UnsafePointer<Float>, count: Int) -> Double {
        var complete = true
        for index in 0..<count where row[index].isNaN { complete = false }
        var sum = 0.0
        if complete {
            for tree in 0..<rootCount { sum += Double(packed[packedLeaf(from: Int(packedRoots[tree]), row, complete: true)].value) }
        } else {
            for tree in 0..<rootCount { sum += Double(packed[packedLeaf(from: Int(packedRoots[tree]), row, complete: false)].value) }
        }
        return sum
    }
}
