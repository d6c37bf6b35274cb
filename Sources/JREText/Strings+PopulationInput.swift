/// What the population commands say about a ruleset made for other data than the population's.
extension Strings {
    public static let cliPopulationAbsentTypes = Phrase(
        fr: "les règles {0} comptent des événements que cette population n'a pas ({1}) : ils y valent 0 pour tout le monde, et les résultats n'en disent rien. La population synthétique est faite de demandeurs d'emploi ; essayez ces règles sur un scénario qui a ces événements (jre-console list)",
        en: "the rules {0} count events this population does not have ({1}): they are 0 for everyone there, and the results say nothing about them. The synthetic population is made of job seekers; try these rules on a scenario that has these events (jre-console list)")
    public static let popConsoleAbsentTypes = Phrase(
        fr: "Tout le monde est à 0 ici : les règles {0} comptent des événements que la population synthétique n'a pas ({1}).",
        en: "Everyone is at 0 here: the rules {0} count events the synthetic population does not have ({1}).")
}
