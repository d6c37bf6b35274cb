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

    @OptionGroup var generator: GeneratorOptions

    @OptionGroup var rulesetOption: RulesetOption

    @OptionGroup var overrides: ParameterOverrides

    @OptionGroup var asciiOption: ASCIIOption

    func validate() throws {
        try GeneratorOptions.checkCount(sample, Strings.cliPopulationSample)
        try GeneratorOptions.checkCount(size, Strings.cliPopulationSize)
    }

    func run() throws {
        let lang = try options.language
        let library = options.library(bundled: BundledScenarios.files)
        let sizes = PopulationSizes(sample: sample, full: size, seed: generator.seed, days: generator.days)
        let input = PopulationInput.synthetic(generator.population(size: sizes.sample))
        let (rules, parameters) = try PopulationRulesChoice.load(rulesetOption.populationRuleset, overrides: overrides, for: input,
                                                                 library: library, lang: lang)
        var launch = ConsoleLaunch(library: library, lang: lang, ascii: asciiOption.ascii, scenario: nil, day: nil)
        launch.population = PopulationLaunch(sizes: sizes, ruleset: rules.ruleset, parameters: parameters)
        let code = ConsoleLauncher.run(launch)
        if code != 0 { throw Exit(code: code) }
    }
}
