import ArgumentParser
import Foundation
import JREBundledScenarios
import JRECore
import JREText

/// `jre-console check FILE...`
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check scenario and ruleset files; print FILE: ok or located errors.",
        discussion: """
        Each file is loaded with its ruleset and every problem is listed as FILE:LINE:COLUMN: error: MESSAGE,
        with the line and a marker under the exact spot. Warnings (text that looks like real personal data…)
        do not fail the check. Exit code: 0 when every file is valid, 2 otherwise.

        Examples:
          jre-console check Scenarios/portefeuille.yaml
          jre-console check Scenarios/*.yaml Scenarios/rulesets/*.yaml
          jre-console check --lang en my-workshop.yaml
        """
    )

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("Scenario or ruleset files, or folders (each .yaml file in them is checked and reported, rulesets/ included).", valueName: "file"))
    var files: [String]

    func run() throws {
        let lang = try options.language
        let library = options.library(bundled: BundledScenarios.files)
        var failed = 0
        // A ruleset shared by several scenarios is reported once.
        var shown = Set<String>()
        let paths = files.flatMap { PathCheck.isFolder($0) ? PathCheck.yamlFiles(in: $0) : [$0] }
        for folder in files where PathCheck.isFolder(folder) && PathCheck.yamlFiles(in: folder).isEmpty {
            print(Strings.cliFolderEmpty.format(lang, folder))
            failed += 1
        }
        for path in paths {
            guard let located = ScenarioLibrary.locateFile(path) else {
                print(PathCheck.problem(path, lang: lang))
                failed += 1
                continue
            }
            let report = library.load(located, lang: lang)
            for diagnostic in report.diagnostics where shown.insert(diagnostic.headline(lang)).inserted {
                print(diagnostic.render(lang))
            }
            if report.diagnostics.hasErrors {
                failed += 1
            } else {
                print(Strings.cliFileOk.format(lang, path))
            }
        }
        if failed > 0 {
            if paths.count > 1 { StandardError.print(Strings.cliFilesInvalid.format(lang, count: failed, NumberText.count(paths.count, lang))) }
            throw Exit(code: ExitStatus.badInput)
        }
    }
}
