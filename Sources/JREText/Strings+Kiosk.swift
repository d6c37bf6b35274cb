// Visible strings of the festival kiosk (`jre-console kiosk`): the welcome screen, the attract
// loop's captions, the guided run, the visitor's hints and the operator's start-up errors.
// All names start with `kiosk`.

extension Strings {
    // MARK: Welcome (disclaimer and language choice)

    public static let kioskTitle = Phrase(
        fr: "JRE — la console du conseiller, en simulation",
        en: "JRE — the advisor's console, simulated")
    public static let kioskWelcomeIntro = Phrase(
        fr: "Découvrez comment un outil signale des demandeurs d'emploi à leur conseiller… et ce qu'il ne voit pas.",
        en: "See how a tool flags jobseekers to their advisor… and what it cannot see.")
    public static let kioskLanguageLabel = Phrase(fr: "Langue · Language", en: "Langue · Language")
    public static let kioskLanguageFrench = Phrase(fr: "Français", en: "Français")
    public static let kioskLanguageEnglish = Phrase(fr: "English", en: "English")
    public static let kioskModeGuided = Phrase(
        fr: "Visite guidée (5 à 10 minutes) : rencontrez un demandeur, voyez une alerte s'allumer, décidez.",
        en: "Guided tour (5 to 10 minutes): meet a claimant, see an alert appear, decide.")
    public static let kioskModeFree = Phrase(fr: "Explorer la console librement", en: "Explore the console freely")
    public static let kioskWelcomeKeys = Phrase(
        fr: "← → langue   ↑ ↓ choisir   Entrée : commencer",
        en: "← → language   ↑ ↓ choose   Enter: start")

    // MARK: Attract loop

    public static let kioskPressAnyKey = Phrase(
        fr: "Appuyez sur une touche pour essayer",
        en: "Press any key to try")
    public static let kioskCaptionBoard = Phrase(
        fr: "Le tableau de bord : l'outil range les demandeurs (fictifs) par alerte.",
        en: "The board: the tool sorts (fictional) claimants by alert.")
    public static let kioskCaptionFile = Phrase(
        fr: "Le dossier : connexions, candidatures, rendez-vous — ce que le système enregistre.",
        en: "The file: logins, applications, appointments — what the system records.")
    public static let kioskCaptionWhy = Phrase(
        fr: "« Pourquoi ? » : le calcul qui mène à l'alerte, pas à pas.",
        en: "\"Why?\": the computation behind the alert, step by step.")
    public static let kioskCaptionTime = Phrase(
        fr: "Les semaines passent : de nouvelles alertes s'allument.",
        en: "Weeks go by: new alerts light up.")
    public static let kioskCaptionLab = Phrase(
        fr: "Le laboratoire des seuils : changer une règle change qui est signalé.",
        en: "The threshold lab: change a rule, change who gets flagged.")
    public static let kioskCaptionDebrief = Phrase(
        fr: "Le débriefing : les alertes face aux vies réelles.",
        en: "The debrief: alerts side by side with real lives.")

    // MARK: Guided run

    public static let kioskGuidedStep = Phrase(fr: "Visite guidée · étape {0} sur {1}", en: "Guided tour · step {0} of {1}")
    public static let kioskGuidedBoard = Phrase(
        fr: "Vous êtes conseiller ou conseillère. Voici votre portefeuille : {0} demandeurs d'emploi (tous fictifs). L'outil les range par alerte, les plus « à risque » en haut.",
        en: "You are an advisor. Here is your caseload: {0} jobseekers (all fictional). The tool sorts them by alert, the most \"at risk\" at the top.")
    public static let kioskGuidedMeet = Phrase(
        fr: "Voici {0}. Son dossier montre ce que le système enregistre : connexions, candidatures, rendez-vous, actualisations.",
        en: "Meet {0}. The file shows what the system records: logins, applications, appointments, monthly updates.")
    public static let kioskGuidedTime = Phrase(
        fr: "Les jours passent… jour {0}. Regardez le tableau.",
        en: "Days go by… day {0}. Watch the board.")
    public static let kioskGuidedAlert = Phrase(
        fr: "Jour {0} : une alerte s'allume pour {1} — « {2} ». À l'écran, le calcul qui l'a déclenchée.",
        en: "Day {0}: an alert lights up for {1} — \"{2}\". On screen, the computation that set it off.")
    public static let kioskGuidedDecide = Phrase(
        fr: "À vous de décider. ↑ ↓ choisir une décision, Entrée ; écrivez une courte justification, Entrée.",
        en: "Your turn to decide. ↑ ↓ pick a decision, Enter; type a short reason, Enter.")
    public static let kioskGuidedRevealTitle = Phrase(fr: "Ce que le système ne voyait pas", en: "What the system could not see")
    public static let kioskGuidedRevealDecision = Phrase(fr: "Votre décision : {0}.", en: "Your decision: {0}.")
    public static let kioskGuidedRevealSituation = Phrase(fr: "Sa situation réelle : {0}.", en: "The real situation: {0}.")
    public static let kioskGuidedRevealNoContext = Phrase(
        fr: "Le scénario ne dit rien de plus sur cette personne.",
        en: "The scenario says nothing more about this person.")
    public static let kioskGuidedReveal = Phrase(
        fr: "La révélation : la vie derrière les données. Le débriefing montre les alertes et votre décision.",
        en: "The reveal: the life behind the data. The debrief shows the alerts and your decision.")
    public static let kioskGuidedThanks = Phrase(
        fr: "Merci ! Un vrai conseiller n'a pas ce contexte sous les yeux quand l'alerte s'allume. Entrée : explorer la console librement.",
        en: "Thank you! A real advisor does not have this context in front of them when the alert lights up. Enter: explore the console freely.")
    public static let kioskContinue = Phrase(fr: "Entrée : continuer", en: "Enter: continue")

    // MARK: Visitor hints

    public static let kioskFreePlay = Phrase(fr: "Exploration libre", en: "Free exploration")
    public static let kioskIdleWarning = Phrase(
        fr: "Toujours là ? Retour à l'accueil dans {0} s — appuyez sur une touche.",
        en: "Still there? Back to the start in {0} s — press any key.")

    // MARK: Operator: start-up errors and the restart wrapper

    public static let kioskNoScenario = Phrase(
        fr: "jre-console kiosk : aucun scénario utilisable pour le kiosque.",
        en: "jre-console kiosk: no usable scenario for the kiosk.")
    public static let kioskScenarioBroken = Phrase(
        fr: "jre-console kiosk : le scénario « {0} » ne se charge pas :",
        en: "jre-console kiosk: scenario '{0}' does not load:")
    public static let kioskScriptInvalid = Phrase(
        fr: "jre-console kiosk : script « {0} » invalide, {1}",
        en: "jre-console kiosk: invalid \"{0}\" script, {1}")
    public static let kioskScriptUnknownCaption = Phrase(
        fr: "ligne {0} : légende « {1} » inconnue{2} (légendes : {3})",
        en: "line {0}: unknown caption '{1}'{2} (captions: {3})")
    public static let kioskScriptNotAKey = Phrase(
        fr: "ligne {0} : « {1} » n'est pas une touche qu'un script de kiosque peut jouer (ni signal, ni redimensionnement, ni fermeture, ni q, ni Ctrl)",
        en: "line {0}: \"{1}\" is not a key a kiosk script may play (no signal, resize, close, q or Ctrl)")
    public static let kioskScriptEmpty = Phrase(fr: "le script ne contient aucune touche", en: "the script has no key")
    public static let kioskBadExitKeys = Phrase(
        fr: "--exit-keys « {0} » : {1}",
        en: "--exit-keys '{0}': {1}")
    public static let kioskExitKeysEmpty = Phrase(
        fr: "donnez au moins deux touches, par exemple « Ctrl-X Ctrl-Q »",
        en: "give at least two keys, for example 'Ctrl-X Ctrl-Q'")
    public static let kioskExitKeysNotKeys = Phrase(
        fr: "seules des touches sont permises (pas de Resize, Signal, Text…)",
        en: "only keys are allowed (no Resize, Signal, Text…)")
    public static let kioskBadIdle = Phrase(
        fr: "--idle {0} : donnez un nombre de secondes entre {1} et {2}",
        en: "--idle {0}: give a number of seconds between {1} and {2}")
    public static let kioskRestarting = Phrase(
        fr: "jre-console kiosk : le kiosque s'est arrêté ({0}) ; redémarrage.",
        en: "jre-console kiosk: the kiosk stopped ({0}); restarting.")
    public static let kioskStoppedBySignal = Phrase(fr: "signal {0}", en: "signal {0}")
    public static let kioskStoppedWithStatus = Phrase(fr: "code {0}", en: "status {0}")
    public static let kioskCannotRestart = Phrase(
        fr: "jre-console kiosk : impossible de relancer le kiosque : {0}",
        en: "jre-console kiosk: cannot restart the kiosk: {0}")
    public static let kioskSessionPurgeFailed = Phrase(
        fr: "jre-console kiosk : impossible d'effacer le journal du visiteur ({0}) : {1}",
        en: "jre-console kiosk: cannot erase the visitor's journal ({0}): {1}")
}

extension Strings {
    // The guided tour's alert step: the computation in words (PlainExplanation.alertReason).
    public static let kioskAlertBecause = Phrase(fr: "Le calcul : {0}.", en: "The computation: {0}.")
    public static let kioskGuidedRevealJustification = Phrase(fr: "Votre justification : {0}", en: "Your justification: {0}")
}
