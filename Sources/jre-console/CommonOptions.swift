import ArgumentParser
import JRECore
import JREText

/// Options every command shares: language and extra scenario folders.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Language of messages and texts: fr or en (default: French unless the locale is English).")
    var lang: String?

    @Option(name: .customLong("scenarios"), help: ArgumentHelp("A folder of your own scenarios, in addition to the bundled ones (repeatable).", valueName: "dir"))
    var scenarioFolders: [String] = []

    var language: Lang {
        get throws {
            guard let lang else { return Lang.fromEnvironment() }
            guard let value = Lang(rawValue: lang.lowercased()) else {
                throw ValidationError(Strings.cliBadLang.format(Lang.fromEnvironment(), lang))
            }
            return value
        }
    }

    func library(bundled: [String: String]) -> ScenarioLibrary {
        ScenarioLibrary(bundled: bundled, folders: scenarioFolders)
    }
}

/// `--ruleset`: read a scenario through another ruleset than its own.
struct RulesetChoice: ParsableArguments {
    @Option(help: ArgumentHelp("Read the scenario through another ruleset (a name or a .yaml path), e.g. cre-controle.", valueName: "ruleset"))
    var ruleset: String?
}
