import Foundation
import PackagePlugin

/// Embeds every YAML file (and the trained scores' JSON model files) under the package's `Scenarios/` folder into the target that uses it,
/// so that a built `jre-console` copied anywhere still carries its bundled scenarios and rulesets.
@main
struct EmbedScenarios: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let scenarios = context.package.directoryURL.appending(path: "Scenarios")
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledFiles.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: scenarios, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where url.pathExtension == "yaml" || url.pathExtension == "json" {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) scenario and ruleset files",
                executable: try context.tool(named: "embed-scenarios").url,
                arguments: [scenarios.path, output.path],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output]
            ),
        ]
    }
}
