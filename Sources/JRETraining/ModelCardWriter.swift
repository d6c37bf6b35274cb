import Foundation
import JRECore

/// Writes a trained score's model card as YAML: what it reads, what it was learnt from, and what it does.
///
/// Every figure is fixed by the recipe (no date, no machine name), so retraining gives the same bytes.
struct ModelCardWriter {
    /// One grouping's rates per value: against the control labels, and against the hidden truth when known.
    struct Grouping {
        var attribute: String
        var controls: [ModelCardMetrics.GroupRates]
        var truth: [ModelCardMetrics.GroupRates]?
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
    let auc: Double?
    /// The held-out controlled people, the capacity's share of them selected.
    let heldOut: ModelCardMetrics.Confusion
    /// Everyone selected at the capacity.
    let selected: Int
    /// Everyone against the hidden truth (1: really defrauded).
    let truth: ModelCardMetrics.Confusion?
    let groups: [Grouping]

    /// The card's comments on what a label is: a past control's finding, or the world's return to work.
    struct Wording {
        var origin: String
        var labelled: String
        var heldOut: String
        var positives: String
        var metrics: String
        var capacity: String
        var precision: String

        static let controls = Wording(
            origin: "control history", labelled: "people with a past control: the only ones with a label",
            heldOut: "one controlled person in five (claimant index divisible by 5)", positives: "controls that found fraud",
            metrics: "on the held-out controlled people", capacity: "share controlled, highest scores first",
            precision: "share of those selected whose control found fraud")
        static let returnToWork = Wording(
            origin: "return to work", labelled: "everyone is labelled (no control involved)",
            heldOut: "one person in five (claimant index divisible by 5)", positives: "people who return to work within six months",
            metrics: "on the held-out people", capacity: "share given reinforced support, highest scores first",
            precision: "share of those selected who return to work")
    }

    /// The comments for the recipe's label source.
    var wording: Wording { recipe.labels == .returnToWork ? .returnToWork : .controls }

    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return String(format: "%.4f", value)
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    func yaml() -> String {
        var lines = [
            "# Model card of \(modelFileName): written by `jre-console model train`; retrain instead of editing.",
            "# ILLUSTRATIVE: a model learnt on a fictional population's \(wording.origin) (reconstruction).",
            "model: \(modelFileName)",
            "ruleset: \(ruleset.id)",
            "score: \(recipe.score)",
            "kind: \(trainedKind)",
            recipe.folder.map { "population: {folder: \(Self.quoted($0)), size: \(recipe.size), days: \(recipe.days)}" }
                ?? "population: {size: \(recipe.size), seed: \(recipe.seed), days: \(recipe.days)"
                + (recipe.labels == .returnToWork ? "}" : ", history: \(recipe.history)}"),
            "labels: \(Self.quoted(labelSourceName))",
            "training: {trees: \(recipe.trees), depth: \(recipe.depth), eta: \(recipe.eta), seed: \(recipe.trainingSeed), threads: \(recipe.threads), max_bin: \(TrainingParameters().maxBins)}",
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
            "  controlled: \(controlled)      # \(wording.labelled)",
            "  training: \(training)",
            "  held_out: \(held)      # \(wording.heldOut)",
            "  positive_share: \(Self.number(controlled > 0 ? Double(positives) / Double(controlled) : .nan))      # \(wording.positives)",
            "metrics:      # \(wording.metrics)",
            "  auc: \(Self.number(auc))",
            "  capacity: \(Self.number(recipe.capacity))      # \(wording.capacity)",
            "  precision_at_capacity: \(Self.number(heldOut.precision))      # \(wording.precision)",
            "  recall_at_capacity: \(Self.number(heldOut.recall))",
        ]
        if let truth {
            lines += [
                "hidden_truth:      # known only to the simulation, never a label: every person on the last day",
                "  fraud_share: \(Self.number(Double(truth.truePositives + truth.falseNegatives) / Double(max(1, truth.labelled))))",
                "  selected: \(selected)",
                "  selected_who_defrauded: \(truth.truePositives)      # precision \(Self.number(truth.precision))",
                "  honest_people_selected: \(truth.falsePositives)      # false-positive rate \(Self.number(truth.falsePositiveRate))",
            ]
        }
        lines.append("groups:      # everyone on the last day; ratios to the largest group; flagged: a ratio outside 0.8–1.25 (four fifths)")
        for grouping in groups {
            lines.append("  \(grouping.attribute):")
            for (index, row) in grouping.controls.enumerated() {
                let found = row.confusion.labelled > 0 ? Double(row.confusion.truePositives + row.confusion.falseNegatives) / Double(row.confusion.labelled) : nil
                var line = "    \(Self.quoted(row.value)): {people: \(row.size), selection_rate: \(Self.number(row.selectionRate)), "
                    + "selection_ratio: \(Self.number(row.selectionRatio)), selection_flag: \(row.selectionFlag), "
                    + "controlled: \(row.confusion.labelled), found_rate: \(Self.number(found))"
                if let truth = grouping.truth?[index] {
                    line += ", false_positive_rate: \(Self.number(truth.falsePositiveRate)), false_positive_ratio: \(Self.number(truth.falsePositiveRatio)), false_positive_flag: \(truth.falsePositiveFlag)"
                }
                lines.append(line + "}")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
