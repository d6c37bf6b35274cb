// The command line: headless commands' messages.

extension Strings {
    public static let cliFileOk = Phrase(fr: "{0}: ok", en: "{0}: ok")
    public static let cliFileUnreadable = Phrase(fr: "{0}: error: fichier introuvable ou illisible", en: "{0}: error: file not found or unreadable")
    public static let cliScenarioNotFound = Phrase(fr: "scénario « {0} » introuvable : donnez un fichier .yaml ou un nom parmi : {1}{2}", en: "scenario '{0}' not found: give a .yaml file or one of: {1}{2}")
    public static let cliDayOutOfRange = Phrase(fr: "--day {0} : le scénario va du jour 1 au jour {1}", en: "--day {0}: the scenario runs from day 1 to day {1}")
    public static let cliClaimantNotFound = Phrase(fr: "demandeur « {0} » inconnu dans ce scénario{1} (identifiants : {2})", en: "no claimant '{0}' in this scenario{1} (ids: {2})")
    public static let cliEvaluationErrors = PluralPhrase(one: Phrase(fr: "{0} erreur d'évaluation :", en: "{0} evaluation error:"),
                                                         other: Phrase(fr: "{0} erreurs d'évaluation :", en: "{0} evaluation errors:"))
    public static let cliFilesInvalid = PluralPhrase(one: Phrase(fr: "{0} fichier sur {1} contient des erreurs", en: "{0} of {1} files has errors"),
                                                     other: Phrase(fr: "{0} fichiers sur {1} contiennent des erreurs", en: "{0} of {1} files have errors"))
    public static let cliNoTerminal = Phrase(
        fr: "jre-console : {0}. La console a besoin d'un vrai terminal ; sans terminal, utilisez les commandes « jre-console check | report | explain » (voir jre-console --help).",
        en: "jre-console: {0}. The console needs a real terminal; without one, use the headless commands 'jre-console check | report | explain' (see jre-console --help).")
    public static let cliBadLang = Phrase(fr: "langue « {0} » inconnue : utilisez fr ou en", en: "unknown language '{0}': use fr or en")
}
