/// An immutable copy of a `TreeEnsemble.Nodes` in raw buffers, so the inference loops run without
/// bounds checks or reference counting.
final class FlatNodes: @unchecked Sendable {
    let left: UnsafeMutablePointer<Int32>
    let right: UnsafeMutablePointer<Int32>
    let feature: UnsafeMutablePointer<Int32>
    let value: UnsafeMutablePointer<Float>
    let defaultLeft: UnsafeMutablePointer<UInt8>
    let cover: UnsafeMutablePointer<Double>
    let categoryStart: UnsafeMutablePointer<Int32>
    let categoryWordCount: UnsafeMutablePointer<Int32>
    let categoryWords: UnsafeMutablePointer<UInt64>

    private static func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(1, array.count))
        _ = UnsafeMutableBufferPointer(start: pointer, count: array.count).initialize(from: array)
        return pointer
    }

    init(_ nodes: TreeEnsemble.Nodes) {
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
}
