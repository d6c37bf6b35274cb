import Foundation

/// A small valid XGBoost JSON model built in the test, to be broken one field at a time.
///
/// Four complete trees of depth 3 (15 nodes each: node i has children 2i+1 and 2i+2) over three features.
struct TinyModel {
    var document: [String: Any]

    init(objective: String = "binary:logistic", featureNames: [String] = ["a", "b", "c"], numFeature: Int = 3) {
        var trees: [[String: Any]] = []
        for id in 0..<4 {
            let splits = 0..<7
            trees.append([
                "id": id,
                "left_children": (0..<15).map { splits.contains($0) ? 2 * $0 + 1 : -1 },
                "right_children": (0..<15).map { splits.contains($0) ? 2 * $0 + 2 : -1 },
                "split_indices": (0..<15).map { splits.contains($0) ? $0 % 3 : 0 },
                "split_conditions": (0..<15).map { splits.contains($0) ? Double($0) * 0.1 : Double($0 - 10) * 0.05 },
                "default_left": (0..<15).map { $0 % 2 },
                "sum_hessian": (0..<15).map { 16.0 / Double(1 << (Int(log2(Double($0 + 1))))) },
                "base_weights": [Double](repeating: 0, count: 15),
                "split_type": [Int](repeating: 0, count: 15),
                "categories": [Int](), "categories_nodes": [Int](), "categories_segments": [Int](), "categories_sizes": [Int](),
                "tree_param": ["num_nodes": "15", "num_feature": "\(numFeature)", "num_deleted": "0", "size_leaf_vector": "0"],
            ])
        }
        document = [
            "version": [1, 7, 4],
            "learner": [
                "feature_names": featureNames,
                "feature_types": [String](),
                "learner_model_param": ["base_score": "5E-1", "num_feature": "\(numFeature)", "num_class": "0", "num_target": "1"],
                "objective": ["name": objective],
                "gradient_booster": [
                    "name": "gbtree",
                    "model": ["trees": trees, "tree_info": [0, 0, 0, 0], "gbtree_model_param": ["num_trees": "4"]],
                ] as [String: Any],
            ] as [String: Any],
        ]
    }

    /// Sets `value` at the index `index` of the array `key` of tree `tree`.
    mutating func setTree(_ tree: Int, _ key: String, _ index: Int, to value: Any) {
        var learner = document["learner"] as! [String: Any]
        var booster = learner["gradient_booster"] as! [String: Any]
        var model = booster["model"] as! [String: Any]
        var trees = model["trees"] as! [[String: Any]]
        var array = trees[tree][key] as! [Any]
        array[index] = value
        trees[tree][key] = array
        model["trees"] = trees
        booster["model"] = model
        learner["gradient_booster"] = booster
        document["learner"] = learner
    }

    var bytes: [UInt8] { [UInt8](try! JSONSerialization.data(withJSONObject: document)) }
}
