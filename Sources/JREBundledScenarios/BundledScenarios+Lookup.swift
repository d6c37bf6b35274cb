import Foundation

extension BundledScenarios {
    /// The bundled scenario files (not rulesets), sorted by path.
    public static var scenarioPaths: [String] {
        files.keys.filter { !$0.hasPrefix("rulesets/") }.sorted()
    }
}
