import Foundation
import JREText

/// Reads a tree ensemble from XGBoost's JSON model format (as saved by XGBoost 1.7, 2.x and 3.x).
///
/// It checks what inference relies on (child indices, reachability, feature indices, category sets,
/// counts that must agree) and throws a `ModelFileError` naming the JSON path of the first problem.
public enum XGBoostModelReader {
    /// The deepest tree read: TreeSHAP's working memory grows with the square of the depth.
    public static let maximumDepth = 128

    /// Reads the model file at `path`; `displayName` is how errors name the file.
    public static func read(path: String, displayName: String? = nil) throws(ModelFileError) -> TreeEnsemble {
        let name = displayName ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelFileError(file: name, place: .file, text: LocalizedMessage(Strings.modelCannotRead))
        }
        return try read(bytes: [UInt8](data), file: name)
    }

    /// Reads a model from the bytes of a JSON model file.
    public static func read(bytes: [UInt8], file: String) throws(ModelFileError) -> TreeEnsemble {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw ModelFileError(file: file, place: .position(line: error.line, column: error.column),
                                 text: LocalizedMessage(Strings.modelNotJSON, [.message(error.message)]))
        }
        return try read(JSONCursor(value: document, path: "", file: file))
    }

    static func read(_ root: JSONCursor) throws(ModelFileError) -> TreeEnsemble {
        let learner = try root.member("learner")
        let version = try root.optionalMember("version")?.integers() ?? []

        let parameters = try learner.member("learner_model_param")
        let featureCountCursor = try parameters.member("num_feature")
        let featureCount = try featureCountCursor.integer()
        guard featureCount >= 0 else { throw featureCountCursor.failure(Strings.modelNegativeFeatureCount) }
        if let classes = try parameters.optionalMember("num_class"), try classes.integer() > 1 {
            throw classes.failure(Strings.modelMultiClass, String(try classes.integer()))
        }
        if let targets = try parameters.optionalMember("num_target"), try targets.integer() > 1 {
            throw targets.failure(Strings.modelMultiTarget, String(try targets.integer()))
        }

        let objectiveName = try learner.member("objective").member("name")
        guard let objective = ModelObjective(rawValue: try objectiveName.string()) else {
            throw objectiveName.failure(Strings.modelUnknownObjective, try objectiveName.string())
        }
        let baseScoreCursor = try parameters.member("base_score")
        let baseScore = try readBaseScore(baseScoreCursor)
        if objective == .binaryLogistic, !(baseScore > 0 && baseScore < 1) {
            throw baseScoreCursor.failure(Strings.modelBaseScoreRange, "\(baseScore)")
        }

        var featureNames = (0..<featureCount).map { "f\($0)" }
        if let names = try learner.optionalMember("feature_names") {
            let declared = try names.strings()
            if !declared.isEmpty {
                guard declared.count == featureCount else {
                    throw names.failure(Strings.modelFeatureNamesCount, String(declared.count), String(featureCount))
                }
                featureNames = declared
            }
        }
        var categorical = Set<Int>()
        if let types = try learner.optionalMember("feature_types") {
            let declared = try types.strings()
            if !declared.isEmpty {
                guard declared.count == featureCount else {
                    throw types.failure(Strings.modelFeatureTypesCount, String(declared.count), String(featureCount))
                }
                for (index, kind) in declared.enumerated() where kind == "c" { categorical.insert(index) }
            }
        }

        let booster = try learner.member("gradient_booster")
        let boosterName = try booster.member("name")
        guard try boosterName.string() == "gbtree" else {
            throw boosterName.failure(Strings.modelUnsupportedBooster, try boosterName.string())
        }
        let model = try booster.member("model")
        let trees = try model.member("trees").elements()
        if let info = try model.optionalMember("tree_info") {
            let groups = try info.integers()
            guard groups.count == trees.count else {
                throw info.failure(Strings.modelTreeInfoCount, String(groups.count), String(trees.count))
            }
        }

        var nodes = TreeEnsemble.Nodes()
        var roots: [Int32] = [], depths: [Int] = [], expected: [Double] = []
        for tree in trees {
            let offset = nodes.count
            let (depth, mean) = try appendTree(tree, featureCount: featureCount, to: &nodes)
            roots.append(Int32(offset))
            depths.append(depth)
            expected.append(mean)
        }
        return TreeEnsemble(
            featureNames: featureNames, categoricalFeatures: categorical, objective: objective, baseScore: baseScore,
            baseMargin: objective.margin(score: baseScore), nodes: nodes, roots: roots, depths: depths,
            expectedValues: expected, writerVersion: version
        )
    }

    /// `base_score` as XGBoost writes it: `"5E-1"` (1.7, 2.x), `"[5E-1]"` (3.x), or a plain number.
    static func readBaseScore(_ cursor: JSONCursor) throws(ModelFileError) -> Double {
        if case .number(let number) = cursor.value { return number }
        var text = try cursor.string().trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("["), text.hasSuffix("]") {
            text = String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        }
        guard let number = Double(text), number.isFinite else {
            throw cursor.failure(Strings.modelBaseScoreNotNumber, try cursor.string())
        }
        return number
    }

    /// Appends one tree's nodes (children made absolute) and returns its depth and expected value.
    private static func appendTree(
        _ tree: JSONCursor, featureCount: Int, to nodes: inout TreeEnsemble.Nodes
    ) throws(ModelFileError) -> (depth: Int, expected: Double) {
        let leftCursor = try tree.member("left_children")
        let left = try leftCursor.integers()
        let count = left.count
        guard count > 0 else { throw leftCursor.failure(Strings.modelEmptyTree) }

        func sameLength<T>(_ key: String, _ read: (JSONCursor) throws(ModelFileError) -> [T]) throws(ModelFileError) -> (JSONCursor, [T]) {
            let cursor = try tree.member(key)
            let values = try read(cursor)
            guard values.count == count else {
                throw cursor.failure(Strings.modelEntriesVersus, String(values.count), "left_children", String(count))
            }
            return (cursor, values)
        }
        let right = try sameLength("right_children") { c throws(ModelFileError) in try c.integers() }.1
        let (featureCursor, features) = try sameLength("split_indices") { c throws(ModelFileError) in try c.integers() }
        let conditions = try sameLength("split_conditions") { c throws(ModelFileError) in try c.numbers() }.1
        let defaults = try sameLength("default_left") { c throws(ModelFileError) in try c.flags() }.1
        let covers = try sameLength("sum_hessian") { c throws(ModelFileError) in try c.numbers() }.1
        var splitTypes = [Int](repeating: 0, count: count)
        if try tree.optionalMember("split_type") != nil {
            splitTypes = try sameLength("split_type") { c throws(ModelFileError) in try c.integers() }.1
        }
        if let parameters = try tree.optionalMember("tree_param"), let declared = try parameters.optionalMember("num_nodes") {
            guard try declared.integer() == count else {
                throw declared.failure(Strings.modelNodeCount, String(try declared.integer()), String(count))
            }
        }

        // Walk from the root: every child index in range, every node reached at most once.
        var reached = [Bool](repeating: false, count: count)
        var nodeDepth = [Int](repeating: 0, count: count)
        var order: [Int] = [0]
        reached[0] = true
        var cursor = 0
        while cursor < order.count {
            let node = order[cursor]
            cursor += 1
            if left[node] == -1 && right[node] == -1 { continue }
            for (children, key) in [(left, "left_children"), (right, "right_children")] {
                let child = children[node]
                let place = try tree.member(key).element(node)
                guard child >= 0, child < count else {
                    throw place.failure(Strings.modelChildOutOfRange, String(child), String(count))
                }
                guard !reached[child] else {
                    throw place.failure(Strings.modelNodeTwice, String(child))
                }
                reached[child] = true
                nodeDepth[child] = nodeDepth[node] + 1
                guard nodeDepth[child] <= maximumDepth else {
                    throw place.failure(Strings.modelTooDeep, String(maximumDepth))
                }
                order.append(child)
            }
            guard features[node] >= 0, features[node] < featureCount else {
                throw featureCursor.element(node).failure(Strings.modelFeatureOutOfRange, String(features[node]), String(featureCount))
            }
        }

        // Category sets: codes in the set go right.
        var categorySets: [Int: [Int]] = [:]
        if let nodesCursor = try tree.optionalMember("categories_nodes") {
            let categoryNodes = try nodesCursor.integers()
            let segmentsCursor = try tree.member("categories_segments")
            let sizesCursor = try tree.member("categories_sizes")
            let categoriesCursor = try tree.member("categories")
            let segments = try segmentsCursor.integers(), sizes = try sizesCursor.integers()
            let categories = try categoriesCursor.integers()
            guard segments.count == categoryNodes.count else {
                throw segmentsCursor.failure(Strings.modelEntriesVersus, String(segments.count), "categories_nodes", String(categoryNodes.count))
            }
            guard sizes.count == categoryNodes.count else {
                throw sizesCursor.failure(Strings.modelEntriesVersus, String(sizes.count), "categories_nodes", String(categoryNodes.count))
            }
            for (index, node) in categoryNodes.enumerated() {
                guard node >= 0, node < count else {
                    throw nodesCursor.element(index).failure(Strings.modelNodeOutOfRange, String(node), String(count))
                }
                let start = segments[index], size = sizes[index]
                guard start >= 0, size >= 0, start + size <= categories.count else {
                    throw segmentsCursor.element(index).failure(Strings.modelCategoriesOutOfRange, String(start), String(start + size), String(categories.count))
                }
                // Category codes are exact in Float up to 2^24, the limit libxgboost puts on them too.
                for position in start..<(start + size) where categories[position] < 0 || categories[position] >= 1 << 24 {
                    throw categoriesCursor.element(position).failure(Strings.modelCategoryOutOfRange, String(categories[position]))
                }
                categorySets[node] = Array(categories[start..<(start + size)])
            }
        }

        let offset = Int32(nodes.count)
        for node in 0..<count {
            // Nodes the walk never reached (deleted ones) are stored as leaves: nothing can get there.
            let isLeaf = left[node] == -1 || !reached[node]
            nodes.left.append(isLeaf ? -1 : offset + Int32(left[node]))
            nodes.right.append(isLeaf ? -1 : offset + Int32(right[node]))
            nodes.feature.append(isLeaf ? 0 : Int32(features[node]))
            nodes.value.append(Float(conditions[node]))
            nodes.defaultLeft.append(defaults[node] ? 1 : 0)
            nodes.cover.append(covers[node])
            if !isLeaf, splitTypes[node] == 1 {
                let codes = categorySets[node] ?? []
                let words = (codes.max() ?? -1) / 64 + 1
                var bits = [UInt64](repeating: 0, count: max(words, 0))
                for code in codes { bits[code >> 6] |= 1 << UInt64(code & 63) }
                nodes.categoryStart.append(Int32(nodes.categoryWords.count))
                nodes.categoryWordCount.append(Int32(bits.count))
                nodes.categoryWords.append(contentsOf: bits)
            } else {
                nodes.categoryStart.append(-1)
                nodes.categoryWordCount.append(0)
            }
        }

        // Expected values bottom-up over the cover, as libxgboost's node mean values.
        var mean = [Double](repeating: 0, count: count)
        for node in order.reversed() {
            if left[node] == -1 {
                mean[node] = Double(Float(conditions[node]))
            } else {
                let l = left[node], r = right[node]
                mean[node] = (mean[l] * covers[l] + mean[r] * covers[r]) / covers[node]
            }
        }
        return (nodeDepth.enumerated().filter { reached[$0.offset] }.map(\.element).max() ?? 0, mean[0])
    }
}
