import Foundation
import JREText
import Yams

/// Where scenario and ruleset files come from: the bundled copies and the user's folders.
public struct ScenarioLibrary: Sendable {
    /// The bundled files, by path relative to `Scenarios/` (`portefeuille.yaml`, `rulesets/jre-standard.yaml`).
    public var bundled: [String: String]
    /// Extra folders given with `--scenarios`.
    public var folders: [String]
    /// The bundled model files of trained scores, by path relative to `Scenarios/` (`rulesets/models/suspicion.json`).
    public var models: [String: String]

    public init(bundled: [String: String], folders: [String] = [], models: [String: String] = [:]) {
        self.bundled = bundled
        self.folders = folders
        self.models = models
    }

    /// Where the rulesets of this library read their trained scores' model files.
    package var modelSource: ModelFileSource { ModelFileSource(bundled: models) }

    /// Where a file was found, which decides where its ruleset is looked for.
    public enum Origin: Sendable, Hashable {
        /// On disk; the path as the user gave it.
        case disk(String)
        /// Bundled; the path relative to `Scenarios/`.
        case bundled(String)
    }

    /// A file located by name or path, ready to load.
    public struct Located: Sendable {
        public var origin: Origin
        public var file: SourceFile

        package init(origin: Origin, file: SourceFile) {
            self.origin = origin
            self.file = file
        }

        /// The file's name without folder and `.yaml`.
        public var id: String {
            var name = file.path.split(separator: "/").last.map(String.init) ?? file.path
            if name.hasPrefix(ScenarioLibrary.bundledPrefix) { name.removeFirst(ScenarioLibrary.bundledPrefix.count) }
            return name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name
        }
    }

    /// The prefix shown in messages for bundled files.
    public static let bundledPrefix = "bundled:"

    // MARK: Finding files

    /// A scenario by path (an existing file), or by name among the user's folders, then the bundled ones.
    public func locateScenario(_ reference: String) -> Located? {
        if let file = SourceFile.read(path: reference) {
            return Located(origin: .disk(reference), file: file)
        }
        let name = reference.hasSuffix(".yaml") ? String(reference.dropLast(5)) : reference
        for folder in folders {
            let path = (folder as NSString).appendingPathComponent(name + ".yaml")
            if let file = SourceFile.read(path: path) { return Located(origin: .disk(path), file: file) }
        }
        if let text = bundled[name + ".yaml"] {
            return Located(origin: .bundled(name + ".yaml"), file: SourceFile(path: Self.bundledPrefix + name + ".yaml", text: text))
        }
        return nil
    }

    /// A disk file for `check`.
    public static func locateFile(_ path: String) -> Located? {
        guard let file = SourceFile.read(path: path) else { return nil }
        return Located(origin: .disk(path), file: file)
    }

    /// The names of every scenario that can be opened by name.
    public var scenarioNames: [String] {
        var names = Set(bundled.keys.filter { !$0.contains("/") && $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) })
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            names.formUnion(files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) })
        }
        return names.sorted()
    }

    /// The ruleset a scenario names, following the format's lookup rule.
    func locateRuleset(_ reference: String, from scenario: Origin) -> (Located?, [String]) {
        var tried: [String] = []
        // An absolute path is taken as it is (`--ruleset /abs/path.yaml`).
        if reference.hasPrefix("/") {
            tried.append(reference)
            if let file = SourceFile.read(path: reference) { return (Located(origin: .disk(reference), file: file), tried) }
            return (nil, tried)
        }
        let relative = reference.hasSuffix(".yaml") ? reference : "rulesets/\(reference).yaml"
        switch scenario {
        case .disk(let path):
            let folder = (path as NSString).deletingLastPathComponent
            let candidate = folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative)
            tried.append(candidate)
            if let file = SourceFile.read(path: candidate) {
                return (Located(origin: .disk(candidate), file: file), tried)
            }
        case .bundled(let path):
            let folder = (path as NSString).deletingLastPathComponent
            let candidate = folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative)
            tried.append(Self.bundledPrefix + candidate)
            if let text = bundled[candidate] {
                return (Located(origin: .bundled(candidate), file: SourceFile(path: Self.bundledPrefix + candidate, text: text)), tried)
            }
        }
        // A path relative to the current folder, as a command line gives it (`--ruleset ./mine.yaml`).
        if reference.hasSuffix(".yaml"), !tried.contains(reference) {
            tried.append(reference)
            if let file = SourceFile.read(path: reference) { return (Located(origin: .disk(reference), file: file), tried) }
        }
        if !reference.hasSuffix(".yaml") {
            let candidate = "rulesets/\(reference).yaml"
            if !tried.contains(Self.bundledPrefix + candidate) { tried.append(Self.bundledPrefix + candidate) }
            if let text = bundled[candidate] {
                return (Located(origin: .bundled(candidate), file: SourceFile(path: Self.bundledPrefix + candidate, text: text)), tried)
            }
        }
        return (nil, tried)
    }

    /// The bundled ruleset names, for suggestions.
    package var bundledRulesetNames: [String] {
        bundled.keys.filter { $0.hasPrefix("rulesets/") }.map { String($0.dropFirst(9).dropLast(5)) }.sorted()
    }

    static func read(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
