import Foundation
import JRECore
import JREText

/// `population.json`: how a generated folder was made, so it can be evaluated and reproduced.
///
/// Optional: a hand-made folder has none (the run then ends on the latest day of `events.csv`).
public struct PopulationManifest: Sendable, Equatable {
    public var size: Int
    public var seed: UInt64
    public var days: Int
    /// The generator's model version (see `docs/population-model.md`).
    public var model: String
    /// Each grouping attribute's values in display order.
    public var groupings: [PopulationGrouping]
    /// The groupings a report uses when none is named (nil: every column offered); the fraud world's are left out.
    public var defaultGroupings: [String]?
    /// Who the fraud world's past controls were (`controls.csv`), when the folder was generated.
    public var history: ControlHistoryMode?

    public static let fileName = "population.json"
    /// Version 2 adds the fraud world (columns, `controls.csv`, `fraudes.csv`); every draw of version 1 is unchanged.
    public static let currentModel = "jre-population-2"

    public init(population: SyntheticPopulation) {
        size = population.size
        seed = population.seed
        days = population.days
        model = Self.currentModel
        groupings = PopulationSchema.allGroupings
        defaultGroupings = PopulationSchema.defaultGroupings
        history = population.history
    }

    /// The JSON text, keys in a fixed order.
    public func json() -> String {
        var writer = JSONWriter()
        writer.open()
        writer.number("format", 1)
        writer.string("generator", "jre-console population generate")
        writer.string("model", model)
        writer.number("size", Double(size))
        writer.string("seed", String(seed))
        writer.number("days", Double(days))
        if let history { writer.string("history", history.rawValue) }
        writer.open("groupings")
        for grouping in groupings {
            writer.open(grouping.attribute, array: true)
            for value in grouping.values { writer.string(nil, value) }
            writer.close(array: true)
        }
        writer.close()
        if let defaultGroupings {
            writer.open("default_groupings", array: true)
            for name in defaultGroupings { writer.string(nil, name) }
            writer.close(array: true)
        }
        writer.close()
        return writer.output + "\n"
    }

    /// Reads `population.json`; nil when absent, an error when present but unusable.
    static func read(folder: String) throws(PopulationFileError) -> PopulationManifest? {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let days = object["days"] as? Int, days >= 1 else {
            throw PopulationFileError(file: path, LocalizedMessage(Strings.popManifestUnreadable, path))
        }
        var manifest = PopulationManifest(population: SyntheticPopulation(size: object["size"] as? Int ?? 0, seed: 0, days: days))
        manifest.seed = (object["seed"] as? String).flatMap { UInt64($0) } ?? 0
        manifest.model = object["model"] as? String ?? ""
        if let groupings = object["groupings"] as? [String: [String]] {
            manifest.groupings = groupings.keys.sorted().compactMap { key in groupings[key].map { PopulationGrouping(attribute: key, values: $0) } }
        }
        manifest.defaultGroupings = object["default_groupings"] as? [String]
        manifest.history = (object["history"] as? String).flatMap(ControlHistoryMode.init(rawValue:))
        return manifest
    }
}
