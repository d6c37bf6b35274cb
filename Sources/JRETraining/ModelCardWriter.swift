import Foundation
import JRECore

/// Writes a trained score's model card as YAML: what it reads, what it was learnt from, and what it does.
///
/// Every figure is fixed by the recipe (no date, no machine name), so retraining gives the same bytes.
struct ModelCardWriter {
    struct GroupRow {
        var value: String
        var people = 0
        var selected = 0
        var controlled = 0
        var found = 0
        /// With the hidden truth: people who did not defraud, and those of them selected (false positives).
        var honest = 0
        var honestSelected = 0
    }

    /// What only the simulation knows: who really defrauded, and whom the capacity's selection catches.
    struct Truth {
        var frauds: Int
        var selected: Int
        var selectedFrauds: Int
        var honestSelected: Int
        var people: Int
    }

    struct Grouping {
        var attribute: String
        var rows: [GroupRow]
    }

    let recipe: TrainingRecipe
    let ruleset: Ruleset
    let model: ScoreModel
    let modelFileName: String
    /// `tree-ensemble` (what was trained, not the placeholder the features were evaluated with).
    let trainedKind: String
    let labelSourceName: String
    let controlled: Int
    let positives: Int
    let training: Int
    let held: Int
    let auc: Double
    let precision: Double
    let truth: Truth?
    let groups: [Grouping]

    static func number(_ value: Double) -> String {
        guard value.isFinite else { return ".nan" }
        return String(format: "%.4f", value)
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    func yaml() -> String {
        var lines = [
            "# Model card of \(modelFileName): written by `jre-console model train`; retrain instead of editing.",
            "# ILLUSTRATIVE: a model learnt on a fictional population's control history (reconstruction).",
            "model: \(modelFileName)",
            "ruleset: \(ruleset.id)",
            "score: \(recipe.score)",
            "kind: \(trainedKind)",
            "population: {size: \(recipe.size), seed: \(recipe.seed), days: \(recipe.days), history: \(recipe.history)}",
            "labels: \(Self.quoted(labelSourceName))",
            "training: {trees: \(recipe.trees), depth: \(recipe.depth), eta: \(recipe.eta), seed: \(recipe.trainingSeed), threads: \(recipe.threads)}",
            "features:",
        ]
        for feature in model.features {
            var line = "  - {name: \(feature.name), label: \(Self.quoted(feature.label.resolve(.fr)))"
            if let unit = feature.unit?.resolve(.fr), !unit.isEmpty { line += ", unit: \(Self.quoted(unit))" }
            if let categories = feature.categories { line += ", categories: [\(categories.joined(separator: ", "))]" }
            line += ", provenance: \(feature.provenance.status.rawValue)}"
            lines.append(line)
        }
        lines += [
            "rows:",
            "  controlled: \(controlled)      # people with a past control: the only ones with a label",
            "  training: \(training)",
            "  held_out: \(held)      # one controlled person in five (claimant index divisible by 5)",
            "  positive_share: \(Self.number(controlled > 0 ? Double(positives) / Double(controlled) : .nan))      # controls that found fraud",
            "metrics:      # on the held-out controlled people",
            "  auc: \(Self.number(auc))",
            "  capacity: \(Self.number(recipe.capacity))      # share controlled, highest scores first",
            "  precision_at_capacity: \(Self.number(precision))      # share of those whose control found fraud",
        ]
        if let truth {
            lines += [
                "hidden_truth:      # known only to the simulation, never a label: every person on the last day",
                "  fraud_share: \(Self.number(Double(truth.frauds) / Double(max(1, truth.people))))",
                "  selected: \(truth.selected)",
                "  selected_who_defrauded: \(truth.selectedFrauds)      # precision \(Self.number(Double(truth.selectedFrauds) / Double(max(1, truth.selected))))",
                "  honest_people_selected: \(truth.honestSelected)",
            ]
        }
        lines += [
            "groups:      # every person on the last day; selected = among the capacity's highest scores; four_fifths flagged: the least selected group's rate is under 0.8 × this one's",
        ]
        for grouping in groups {
            lines.append("  \(grouping.attribute):")
            let rates = grouping.rows.map { $0.people > 0 ? Double($0.selected) / Double($0.people) : 0 }
            let lowest = rates.min() ?? 0
            for (index, row) in grouping.rows.enumerated() {
                let found = row.controlled > 0 ? Double(row.found) / Double(row.controlled) : .nan
                let flag = ModelCardMetrics.passesFourFifths(selectionRate: rates[index], lowest: lowest) ? "ok" : "flagged"
                var line = "    \(Self.quoted(row.value)): {people: \(row.people), selection_rate: \(Self.number(rates[index])), controlled: \(row.controlled), found_rate: \(Self.number(found))"
                if truth != nil { line += ", false_positive_rate: \(Self.number(row.honest > 0 ? Double(row.honestSelected) / Double(row.honest) : .nan))" }
                lines.append(line + ", four_fifths: \(flag)}")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
