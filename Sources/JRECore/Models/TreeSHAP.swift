/// Exact path-dependent TreeSHAP (Lundberg, Erion & Lee, 2018, algorithm 2) over a `TreeEnsemble`.
///
/// For each tree it walks every root-to-leaf path once, keeping, for the features met so far, the
/// fraction of training cover that flows down the path when the feature is unknown ("zero") and whether
/// the row itself follows it ("one"), and the Shapley weights of each subset size. The cover is the
/// node's sum of hessians, as in libxgboost. The result per feature sums with the bias to the margin.
struct TreeSHAP {
    /// One feature on the current path.
    struct PathElement {
        var feature: Int32
        var zeroFraction: Double
        var oneFraction: Double
        var weight: Double
    }

    let nodes: FlatNodes
    let row: UnsafePointer<Float>
    let phi: UnsafeMutablePointer<Double>
    let path: UnsafeMutablePointer<PathElement>
    /// `reciprocals[k]` is `1 / k`, for k up to the deepest path.
    let reciprocals: UnsafePointer<Double>

    /// How many path elements one tree of depth `depth` needs: one segment per recursion level.
    static func pathCapacity(depth: Int) -> Int { (depth + 3) * (depth + 4) / 2 }

    /// Adds this tree's contributions for `row` to `phi` (one slot per feature).
    func add(root: Int) {
        recurse(node: root, segment: 0, uniqueDepth: 0, parentZero: 1, parentOne: 1, parentFeature: -1)
    }

    private func extend(_ p: UnsafeMutablePointer<PathElement>, _ depth: Int, _ zero: Double, _ one: Double, _ feature: Int32) {
        p[depth] = PathElement(feature: feature, zeroFraction: zero, oneFraction: one, weight: depth == 0 ? 1 : 0)
        var i = depth - 1
        let inverseTotal = 1 / Double(depth + 1)
        while i >= 0 {
            p[i + 1].weight += one * p[i].weight * Double(i + 1) * inverseTotal
            p[i].weight = zero * p[i].weight * Double(depth - i) * inverseTotal
            i -= 1
        }
    }

    private func unwind(_ p: UnsafeMutablePointer<PathElement>, _ depth: Int, _ index: Int) {
        let one = p[index].oneFraction, zero = p[index].zeroFraction
        var nextOne = p[depth].weight
        let total = Double(depth + 1)
        var i = depth - 1
        while i >= 0 {
            if one != 0 {
                let saved = p[i].weight
                p[i].weight = nextOne * total / (Double(i + 1) * one)
                nextOne = saved - p[i].weight * zero * Double(depth - i) / total
            } else {
                p[i].weight = p[i].weight * total / (zero * Double(depth - i))
            }
            i -= 1
        }
        for j in index..<depth {
            p[j].feature = p[j + 1].feature
            p[j].zeroFraction = p[j + 1].zeroFraction
            p[j].oneFraction = p[j + 1].oneFraction
        }
    }

    /// The total weight the path would have with element `index` removed.
    ///
    /// The divisions of the textbook loop are replaced by products with reciprocals computed once.
    private func unwoundSum(_ p: UnsafeMutablePointer<PathElement>, _ depth: Int, _ index: Int) -> Double {
        let one = p[index].oneFraction, zero = p[index].zeroFraction
        var nextOne = p[depth].weight
        var sum = 0.0
        let total = Double(depth + 1), inverseTotal = 1 / Double(depth + 1)
        var i = depth - 1
        if one != 0 {
            let scale = total / one
            while i >= 0 {
                let part = nextOne * scale * reciprocals[i + 1]
                sum += part
                nextOne = p[i].weight - part * zero * Double(depth - i) * inverseTotal
                i -= 1
            }
        } else if zero != 0 {
            let scale = total / zero
            while i >= 0 {
                sum += p[i].weight * scale * reciprocals[depth - i]
                i -= 1
            }
        }
        return sum
    }

    private func recurse(node: Int, segment: Int, uniqueDepth: Int, parentZero: Double, parentOne: Double, parentFeature: Int32) {
        // Each level works on its own copy of the path, right after its parent's.
        let parent = path + segment
        let here = parent + uniqueDepth + 1
        for i in 0...uniqueDepth { here[i] = parent[i] }
        var depth = uniqueDepth
        extend(here, depth, parentZero, parentOne, parentFeature)

        if nodes.left[node] < 0 {
            let leafValue = Double(nodes.value[node])
            if depth >= 1 {
                for i in 1...depth {
                    let weight = unwoundSum(here, depth, i)
                    let element = here[i]
                    phi[Int(element.feature)] += weight * (element.oneFraction - element.zeroFraction) * leafValue
                }
            }
            return
        }

        let splitFeature = nodes.feature[node]
        let hot = nodes.next(node, row[Int(splitFeature)])
        let cold = hot == Int(nodes.left[node]) ? Int(nodes.right[node]) : Int(nodes.left[node])
        let cover = nodes.cover[node]
        let hotZero = nodes.cover[hot] / cover
        let coldZero = nodes.cover[cold] / cover
        var incomingZero = 1.0, incomingOne = 1.0

        // A feature met again on the path: take its earlier element out and carry its fractions on.
        var index = 0
        while index <= depth, here[index].feature != splitFeature { index += 1 }
        if index <= depth {
            incomingZero = here[index].zeroFraction
            incomingOne = here[index].oneFraction
            unwind(here, depth, index)
            depth -= 1
        }
        let childSegment = segment + uniqueDepth + 1
        recurse(node: hot, segment: childSegment, uniqueDepth: depth + 1, parentZero: hotZero * incomingZero,
                parentOne: incomingOne, parentFeature: splitFeature)
        recurse(node: cold, segment: childSegment, uniqueDepth: depth + 1, parentZero: coldZero * incomingZero,
                parentOne: 0, parentFeature: splitFeature)
    }
}
