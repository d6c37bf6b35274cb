import Foundation

/// Where a ruleset's model files are read: beside it on disk, or among the bundled files.
///
/// A ruleset names its model relative to its own folder (`model: models/suspicion.json`). For a
/// disk ruleset that is a path beside it; for a bundled one (`bundled:rulesets/x.yaml`) a key of
/// the bundled model files (`rulesets/models/suspicion.json`).
package struct ModelFileSource: Sendable {
    /// The bundled model files, by path relative to `Scenarios/`.
    package var bundled: [String: String]
    /// For training (`model train`): the model files are not read, each trained score gets a placeholder
    /// model (a scorecard of zero weights over its features), so that its features can be evaluated
    /// before its model exists.
    package var placeholders: Bool

    package init(bundled: [String: String] = [:], placeholders: Bool = false) {
        self.bundled = bundled
        self.placeholders = placeholders
    }

    /// The file `reference` beside the ruleset `rulesetPath`: how messages name it, and its text (nil when absent).
    package func read(_ reference: String, besideRuleset rulesetPath: String) -> (path: String, text: String?) {
        if rulesetPath.hasPrefix(ScenarioLibrary.bundledPrefix) {
            let folder = (String(rulesetPath.dropFirst(ScenarioLibrary.bundledPrefix.count)) as NSString).deletingLastPathComponent
            let key = ((folder.isEmpty ? reference : (folder as NSString).appendingPathComponent(reference)) as NSString).standardizingPath
            return (ScenarioLibrary.bundledPrefix + key, bundled[key])
        }
        let folder = (rulesetPath as NSString).deletingLastPathComponent
        let path = reference.hasPrefix("/") || folder.isEmpty ? reference : (folder as NSString).appendingPathComponent(reference)
        return (path, ScenarioLibrary.read(path))
    }
}
