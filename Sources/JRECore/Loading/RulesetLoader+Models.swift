import JREText
import Yams

extension RulesetLoader {
    /// A trained score's `model` and `features`: the model file read and checked against the features.
    func scoreModel(model: (String, Node, Node)?, features: (String, Node, Node)?, score: Node, language: Lang) -> ScoreModel? {
        guard let (_, modelKey, modelNode) = model else {
            if let features { reader.report(at: features.1, LocalizedMessage(Strings.diagFeaturesWithoutModel)) }
            return nil
        }
        guard let (_, featuresKey, featuresNode) = features else {
            reader.report(at: modelKey, LocalizedMessage(Strings.diagModelNeedsFeatures))
            return nil
        }
        guard let reference = reader.string(modelNode) else { return nil }
        let declared = modelFeatures(featuresNode, language: language)
        let (path, text) = models.read(reference, besideRuleset: reader.file.path)
        if models.placeholders {
            guard let declared else { return nil }
            let placeholder = LogisticScorecard(name: reference, intercept: 0, features: declared.map { LogisticScorecard.Feature(name: $0.name, weight: 0) })
            return ScoreModel(reference: reference, path: path, trained: .scorecard(placeholder), features: declared, position: reader.position(of: modelNode))
        }
        guard let text else {
            reader.report(at: modelNode, LocalizedMessage(Strings.diagModelFileMissing, reference, path))
            return nil
        }
        let trained: TrainedModel
        do {
            trained = try TrainedModel.read(text: text, file: path)
        } catch {
            report(error, text: text, at: modelNode)
            return nil
        }
        guard let declared else { return nil }
        guard check(declared, against: trained, featuresKey: featuresKey) else { return nil }
        return ScoreModel(reference: reference, path: path, trained: trained, features: declared, position: reader.position(of: modelNode))
    }

    /// A model file's error: at its line and column when it has them (with that file's line), else at the `model` key, with its JSON path.
    private func report(_ error: ModelFileError, text: String, at node: Node) {
        if case .position(let line, let column) = error.place {
            let file = SourceFile(path: error.file, text: text)
            reader.report(at: node, LocalizedMessage(Strings.diagModelFileInvalid, [.message(error.located)]))
            reader.report(Diagnostic(.error, file: error.file, line: line, column: column, message: LocalizedMessage(Strings.diagModelFileInvalid, [.message(error.text)]), sourceLine: file.line(line)))
        } else {
            reader.report(at: node, LocalizedMessage(Strings.diagModelFileInvalid, [.message(error.located)]))
        }
    }

    /// The `features` mapping, in file order; nil when one of them is unusable.
    private func modelFeatures(_ node: Node, language: Lang) -> [ModelFeature]? {
        guard let mapping = node.mapping else {
            reader.report(at: node, LocalizedMessage(Strings.diagExpectedMapping, [.message(LocalizedMessage(Strings.whatFeatures))]))
            return nil
        }
        var result: [ModelFeature] = []
        var complete = true
        for (key, value) in mapping {
            guard let name = reader.identifier(key, allowDash: false) else { complete = false; continue }
            let position = reader.position(of: key)
            let feature: ModelFeature? = reader.within(LocalizedMessage(Strings.ctxFeature, name)) {
                let known = ["value", "label", "unit", "provenance", "categories", "weight", "counterfactual"]
                guard let pairs = reader.mapping(value, known: known, required: ["value"], what: LocalizedMessage(Strings.whatFeature)) else { return nil }
                var feature = ModelFeature(name: name, value: ExpressionSource(text: "0", anchor: TextAnchor(line: 0, column: 0, style: .plain)),
                                           label: LocalizedText(fr: name), unit: nil, provenance: .unstated, categories: nil, position: position)
                var hasValue = false, usable = true
                for (field, _, content) in pairs {
                    switch field {
                    case "value": if let expression = reader.expression(content) { feature.value = expression; hasValue = true }
                    case "label": feature.label = reader.text(content, language: language) ?? feature.label
                    case "unit": feature.unit = reader.text(content, language: language)
                    case "provenance": feature.provenance = provenance(content, language: language) ?? .unstated
                    case "weight":
                        guard let name = reader.identifier(content, allowDash: false) else { usable = false; continue }
                        feature.weightParameter = name
                        feature.weightPosition = reader.position(of: content)
                    case "categories":
                        guard let items = reader.sequence(content, what: LocalizedMessage(Strings.whatFeature)) else { usable = false; continue }
                        let names = items.compactMap { reader.string($0) }
                        if names.count != items.count { usable = false; continue }
                        if names.isEmpty || Set(names).count != names.count {
                            reader.report(at: content, LocalizedMessage(Strings.diagCategoriesEmpty))
                            usable = false
                        }
                        feature.categories = names
                    case "counterfactual":
                        guard let fields = reader.mapping(content, known: ["takes", "label"], required: ["takes", "label"],
                                                          what: LocalizedMessage(Strings.whatCounterfactual)) else { usable = false; continue }
                        var takes: (String, SourcePosition)?, label: LocalizedText?
                        for (name, _, node) in fields {
                            if name == "takes", let other = reader.identifier(node, allowDash: false) { takes = (other, reader.position(of: node)) }
                            if name == "label" { label = reader.text(node, language: language) }
                        }
                        guard let takes, let label else { usable = false; continue }
                        feature.counterfactual = FeatureCounterfactual(takes: takes.0, label: label, position: takes.1)
                    default: break
                    }
                }
                return hasValue && usable ? feature : nil
            }
            if let feature { result.append(feature) } else { complete = false }
        }
        checkUnique(result.map { ($0.name, $0.position) }, kind: Strings.whatFeature)
        // A counterfactual gives its feature the value of another feature of the same score.
        for feature in result {
            guard let counterfactual = feature.counterfactual else { continue }
            if counterfactual.takes == feature.name || !result.contains(where: { $0.name == counterfactual.takes }) {
                reader.report(at: counterfactual.position, length: counterfactual.takes.count,
                              LocalizedMessage(Strings.diagCounterfactualTakes, counterfactual.takes, feature.name,
                                               result.filter { $0.name != feature.name }.map(\.name).joined(separator: ", ")))
                complete = false
            }
        }
        return complete ? result : nil
    }

    /// Whether the declared features match the model: count, names (when the model has them), categorical columns.
    private func check(_ features: [ModelFeature], against trained: TrainedModel, featuresKey: Node) -> Bool {
        let names = trained.featureNames
        guard names.count == features.count else {
            reader.report(at: featuresKey, LocalizedMessage(Strings.diagModelFeatureCount, String(names.count), names.joined(separator: ", "), String(features.count)))
            return false
        }
        let anonymous = names.enumerated().allSatisfy { $1 == "f\($0)" }
        var valid = true
        for (index, feature) in features.enumerated() {
            if !anonymous, names[index] != feature.name {
                reader.report(at: feature.position, length: feature.name.count, LocalizedMessage(Strings.diagModelFeatureName, String(index + 1), names[index], feature.name))
                valid = false
                continue
            }
            var categorical = false
            if case .treeEnsemble(let ensemble) = trained { categorical = ensemble.categoricalFeatures.contains(index) }
            if categorical, feature.categories == nil {
                reader.report(at: feature.position, length: feature.name.count, LocalizedMessage(Strings.diagFeatureNeedsCategories, feature.name))
                valid = false
            } else if !categorical, feature.categories != nil {
                reader.report(at: feature.position, length: feature.name.count, LocalizedMessage(Strings.diagFeatureNotCategorical, feature.name))
                valid = false
            }
        }
        return valid
    }
}
