import Foundation
import Yams
import JREText

/// Reads a logistic scorecard from YAML, with line:column errors.
///
/// ```yaml
/// scorecard: Example               # optional name
/// intercept: -2.5
/// features:
///   - name: changes_of_situation
///     weight: 0.42
///     label: Changes of situation, last 12 months   # optional
///     source: a published model description         # optional
///     status: reconstruction                        # optional: documented | reconstruction (the weight)
/// ```
public enum ScorecardReader {
    /// Reads the scorecard file at `path`; `displayName` is how errors name the file.
    public static func read(path: String, displayName: String? = nil) throws(ModelFileError) -> LogisticScorecard {
        let name = displayName ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelFileError(file: name, place: .file, text: LocalizedMessage(Strings.modelCannotRead))
        }
        return try read(text: String(decoding: data, as: UTF8.self), file: name)
    }

    /// Reads a scorecard from YAML text.
    public static func read(text: String, file: String) throws(ModelFileError) -> LogisticScorecard {
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw ModelFileError(file: file, place: .file, text: LocalizedMessage(Strings.modelFileEmpty))
            }
            root = composed
        } catch let error as ModelFileError {
            throw error
        } catch let error as YamlError {
            throw located(error, file: file)
        } catch {
            throw ModelFileError(file: file, place: .position(line: 1, column: 1), text: LocalizedMessage(Strings.modelNotYAML, "\(error)"))
        }
        let reader = Reader(file: file)
        guard let mapping = root.mapping else { throw reader.failure(root, LocalizedMessage(Strings.scorecardExpectedMapping)) }
        for (key, _) in mapping {
            guard let name = key.string, ["scorecard", "intercept", "features"].contains(name) else {
                throw reader.failure(key, LocalizedMessage(Strings.scorecardUnknownKey, key.string ?? "?", "scorecard, intercept, features"))
            }
        }
        let name = try mapping["scorecard"].map { node throws(ModelFileError) in try reader.string(node) }
        guard let interceptNode = mapping["intercept"] else { throw reader.failure(root, LocalizedMessage(Strings.scorecardMissingKey, "intercept")) }
        let intercept = try reader.number(interceptNode)
        guard let featuresNode = mapping["features"] else { throw reader.failure(root, LocalizedMessage(Strings.scorecardMissingKey, "features")) }
        guard let items = featuresNode.sequence else { throw reader.failure(featuresNode, LocalizedMessage(Strings.scorecardExpectedList)) }
        var features: [LogisticScorecard.Feature] = []
        var seen = Set<String>()
        for item in items {
            guard let entry = item.mapping else { throw reader.failure(item, LocalizedMessage(Strings.scorecardExpectedFeature)) }
            for (key, _) in entry {
                guard let keyName = key.string, ["name", "weight", "label", "source", "status"].contains(keyName) else {
                    throw reader.failure(key, LocalizedMessage(Strings.scorecardUnknownKey, key.string ?? "?", "name, weight, label, source, status"))
                }
            }
            guard let nameNode = entry["name"] else { throw reader.failure(item, LocalizedMessage(Strings.scorecardMissingName)) }
            let featureName = try reader.string(nameNode)
            guard seen.insert(featureName).inserted else { throw reader.failure(nameNode, LocalizedMessage(Strings.scorecardListedTwice, featureName)) }
            guard let weightNode = entry["weight"] else { throw reader.failure(item, LocalizedMessage(Strings.scorecardNoWeight, featureName)) }
            var status: LogisticScorecard.WeightStatus?
            if let statusNode = entry["status"] {
                let text = try reader.string(statusNode)
                guard let known = LogisticScorecard.WeightStatus(rawValue: text) else {
                    throw reader.failure(statusNode, LocalizedMessage(Strings.scorecardBadStatus, text))
                }
                status = known
            }
            features.append(LogisticScorecard.Feature(
                name: featureName, weight: try reader.number(weightNode),
                label: try entry["label"].map { node throws(ModelFileError) in try reader.string(node) },
                source: try entry["source"].map { node throws(ModelFileError) in try reader.string(node) },
                status: status
            ))
        }
        return LogisticScorecard(name: name, intercept: intercept, features: features)
    }

    private static func located(_ error: YamlError, file: String) -> ModelFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            ModelFileError(file: file, place: .position(line: mark.line, column: mark.column), text: LocalizedMessage(Strings.modelNotYAML, problem))
        default:
            ModelFileError(file: file, place: .position(line: 1, column: 1), text: LocalizedMessage(Strings.modelNotYAML, "\(error)"))
        }
    }

    private struct Reader {
        let file: String

        func failure(_ node: Node, _ text: LocalizedMessage) -> ModelFileError {
            let mark = node.mark
            return ModelFileError(file: file, place: .position(line: mark?.line ?? 1, column: mark?.column ?? 1), text: text)
        }

        func string(_ node: Node) throws(ModelFileError) -> String {
            guard let scalar = node.scalar else { throw failure(node, LocalizedMessage(Strings.scorecardExpectedText)) }
            return scalar.string
        }

        func number(_ node: Node) throws(ModelFileError) -> Double {
            guard let scalar = node.scalar, let number = Double(scalar.string.trimmingCharacters(in: .whitespaces)), number.isFinite else {
                throw failure(node, LocalizedMessage(Strings.scorecardExpectedNumber, node.scalar?.string ?? "a \(node.isSequenceOrMapping)"))
            }
            return number
        }
    }
}

private extension Node {
    var isSequenceOrMapping: String { sequence != nil ? "list" : "mapping" }
}
