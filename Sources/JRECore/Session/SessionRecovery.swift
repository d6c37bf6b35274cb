import Foundation

extension SessionJournal {
    /// `entries` with an `opened` entry put back at the front when every one was lost (a damaged
    /// first line): the scenario is found by the fingerprint the decisions recorded, among the
    /// scenarios `library` can open. The name found, or nil when nothing was missing or nothing matched.
    public static func recoveringOpening(_ entries: [SessionEntry], library: ScenarioLibrary) -> (entries: [SessionEntry], recovered: String?) {
        guard !entries.contains(where: { $0.kind == .opened && $0.scenario != nil }) else { return (entries, nil) }
        let hashes = entries.compactMap { $0.decision?.scenarioHash ?? $0.scenarioHash }
        guard let hash = hashes.first else { return (entries, nil) }
        for name in library.scenarioNames {
            guard let located = library.locateScenario(name), located.file.fingerprint == hash else { continue }
            let ruleset = entries.compactMap { $0.decision?.ruleset }.first
            let rulesetHash = entries.compactMap { $0.decision?.rulesetHash }.first
            let opened = SessionEntry(kind: .opened, at: entries.first?.at ?? SessionEntry.timestamp(), day: entries.first?.day ?? 1,
                                      ruleset: ruleset, scenario: name, scenarioHash: hash, rulesetHash: rulesetHash)
            return ([opened] + entries, name)
        }
        return (entries, nil)
    }
}
