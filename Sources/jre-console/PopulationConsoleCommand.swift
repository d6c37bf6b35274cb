import ArgumentParser
import JREBundledScenarios
import JRECore
import JREPopulation
import JREConsole
import JREText

/// `jre-console population console`: the console, straight on the population screen.
struct PopulationConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Open the console on the population screen: figures, groups, score distributions, a threshold lab on a sample.",
        discussion: """
        The sample is recomputed while a setting moves; F evaluates the whole population (with a
        progress bar; Esc stops it). The same screen opens with m from the scenario picker, or
        from a scenario's board with its ruleset and settings.

        Examples:
          jre-console population console
          jre-console population console --ruleset cre-controle --set seuil_dynamique_faible=6
          jre-console population console --sample 20000 --size 1000000 --lang en
        """
    )

    @OptionGroup var options: CommonOptions

    @Option(help: "Claimants in the sample recomputed while settings move.")
    var sample: Int = PopulationScreen.sampleSize

    @Option(help: "Claimants in the whole population (F); default: the 5.49 million people required to search.")
    var size: Int = PopulationScreen.fullSize

    @Option(help: "Seed of the generator (same seed, same population).")
    var seed: UInt64 = 42

    @Option(help: "Days of the run (the population is evaluated on the last one).")
    var days: Int = SyntheticPopulation.defaultDays

    @Option(help: "A ruleset file or bundled name.")
    var ruleset: String = "jre-standard"

    @Option(name: .customLong("set"), help: ArgumentHelp("Start with a parameter changed, e.g. --set window=21 (repeatable).", valueName: "name=value"))
    var assignments: [String] = []

    @Flag(help: "ASCII glyphs only (automatic when the locale is not UTF-8).")
    var ascii = false

    func validate() throws {
        let lang = Lang.fromEnvironment()
        for (count, phrase) in [(sample, Strings.cliPopulationSample), (size, Strings.cliPopulationSize)] where count < 1 || count > 100_000_000 {
            throw ValidationError(phrase.format(lang, String(count)))
        }
        guard (1...SyntheticPopulation.maximumDays).contains(days) else {
            throw ValidationError(Strings.cliPopulationDays.format(lang, String(days), String(SyntheticPopulation.maximumDays)))
        }
    }

    func run() throws {
        let lang = try options.language
        let library = options.library(bundled: BundledScenarios.files)
        let sizes = PopulationSizes(sample: sample, full: size, seed: seed, days: days)
        let input = PopulationInput.synthetic(SyntheticPopulation(size: sizes.sample, seed: seed, days: days))
        let (rules, parameters) = try PopulationRulesChoice.load(ruleset, assignments: assignments, for: input, library: library, lang: lang)
        var launch = ConsoleLaunch(library: library, lang: lang, ascii: ascii, scenario: nil, day: nil)
        launch.population = PopulationLaunch(sizes: sizes, ruleset: rules.ruleset, parameters: parameters)
        let code = ConsoleLauncher.run(launch)
        if code != 0 { throw Exit(code: code) }
    }
}
