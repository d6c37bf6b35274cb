// Population mode: reading population folders, the `population` command and its reports.

extension Strings {
    // MARK: Reading population folders

    public static let popFolderMissing = Phrase(
        fr: "dossier « {0} » introuvable : donnez un dossier contenant claimants.csv et events.csv (créé par « jre-console population generate » ou à la main)",
        en: "folder '{0}' not found: give a folder holding claimants.csv and events.csv (made by 'jre-console population generate' or by hand)")
    public static let popFileMissing = Phrase(
        fr: "{0} : fichier introuvable ou illisible — un dossier de population contient claimants.csv et events.csv (voir docs/population-model.md)",
        en: "{0}: file not found or unreadable — a population folder holds claimants.csv and events.csv (see docs/population-model.md)")
    public static let popManifestUnreadable = Phrase(
        fr: "{0} illisible : corrigez-le (il doit au moins donner « days ») ou supprimez-le",
        en: "{0} is unreadable: fix it (it must at least give 'days') or delete it")
    public static let popNoClaimants = Phrase(
        fr: "{0} ne contient aucun demandeur : une ligne d'en-tête (id, puis les attributs), puis une ligne par demandeur",
        en: "{0} holds no claimant: a header line (id, then the attributes), then one line per claimant")
    public static let popHeaderMissing = Phrase(
        fr: "colonne « {0} » absente de l'en-tête : la première ligne doit nommer les colonnes, dont {1}",
        en: "column '{0}' is missing from the header: the first line must name the columns, including {1}")
    public static let popDuplicateColumn = Phrase(
        fr: "colonne « {0} » en double dans l'en-tête : renommez ou supprimez l'une des deux",
        en: "column '{0}' appears twice in the header: rename or remove one of them")
    public static let popUnterminatedQuote = Phrase(
        fr: "guillemet non fermé : fermez-le, et retirez tout retour à la ligne de la cellule",
        en: "unclosed quote: close it, and remove any line break from the cell")
    public static let popTooManyFields = Phrase(
        fr: "{0} champs sur cette ligne pour {1} colonnes dans l'en-tête : retirez le champ en trop, ou mettez entre guillemets un texte qui contient « {2} »",
        en: "{0} fields on this line for {1} columns in the header: remove the extra field, or quote a text that contains '{2}'")
    public static let popEmptyId = Phrase(
        fr: "identifiant vide : chaque ligne commence par l'identifiant du demandeur (colonne id)",
        en: "empty id: every line starts with the claimant's id (column id)")
    public static let popDuplicateId = Phrase(
        fr: "identifiant « {0} » déjà utilisé ligne {1} : un demandeur n'a qu'une ligne dans claimants.csv",
        en: "id '{0}' is already used on line {1}: a claimant has a single line in claimants.csv")
    public static let popRegisteredNotDay = Phrase(
        fr: "registered « {0} » : un numéro de jour est attendu (1 = premier jour du déroulé, 0 ou moins = avant)",
        en: "registered '{0}': a day number is expected (1 = first day of the run, 0 or less = before it)")
    public static let popUnknownClaimant = Phrase(
        fr: "demandeur « {0} » absent de {1} : ajoutez-lui une ligne dans ce fichier, ou corrigez l'identifiant",
        en: "claimant '{0}' is not in {1}: add a line for them to that file, or correct the id")
    public static let popEmptyClaimant = Phrase(
        fr: "demandeur vide : chaque événement commence par l'identifiant d'un demandeur de claimants.csv",
        en: "empty claimant: every event starts with the id of a claimant of claimants.csv")
    public static let popBadDay = Phrase(
        fr: "jour « {0} » : un nombre entier est attendu (1 = premier jour du déroulé)",
        en: "day '{0}': a whole number is expected (1 = first day of the run)")
    public static let popEmptyType = Phrase(
        fr: "type d'événement vide : indiquez un type du vocabulaire ({0})",
        en: "empty event type: give a type of the vocabulary ({0})")
    public static let popUnknownSituation = Phrase(
        fr: "situation « {0} » inconnue : utilisez l'une de {1}",
        en: "unknown situation '{0}': use one of {1}")
    public static let popUnknownType = Phrase(
        fr: "type d'événement « {0} » inconnu des règles {1} : {2} ligne(s) ignorée(s), la première ici{3}",
        en: "event type '{0}' is unknown to the rules {1}: {2} line(s) ignored, the first one here{3}")
    public static let popUnknownColumn = Phrase(
        fr: "colonne « {0} » : aucun type d'événement des règles {1} n'a cet attribut, elle n'est pas lue{2}",
        en: "column '{0}': no event type of the rules {1} has this attribute, it is not read{2}")
    public static let popUnknownGrouping = Phrase(
        fr: "--by {0} : attribut inconnu ; regroupements possibles : {1}{2}",
        en: "--by {0}: unknown attribute; possible groupings: {1}{2}")
    public static let popTooManyGroups = Phrase(
        fr: "--by {0} : {1} valeurs différentes (au plus {2}) ; regroupez par une colonne à catégories, comme tranche_age",
        en: "--by {0}: {1} different values (at most {2}); group by a column with categories, such as tranche_age")
}

extension Strings {
    public static let popRulesetNotFound = Phrase(
        fr: "règles « {0} » introuvables : donnez un fichier .yaml ou un nom parmi : {1}{2}",
        en: "rules '{0}' not found: give a .yaml file or one of: {1}{2}")
}

// MARK: Reports

extension Strings {
    public static let popTitleSynthetic = Phrase(fr: "Population synthétique : {0} demandeurs fictifs, {1} jours, graine {2}", en: "Synthetic population: {0} fictional claimants, {1} days, seed {2}")
    public static let popTitleFolder = Phrase(fr: "Population : {0} ({1} demandeurs)", en: "Population: {0} ({1} claimants)")
    public static let popRulesLine = Phrase(fr: "Règles : {0} · jour {1} sur {2}", en: "Rules: {0} · day {1} of {2}")
    public static let popFaults = Phrase(fr: "{0} demandeur(s) en erreur d'évaluation, par exemple : {1}", en: "{0} claimant(s) with an evaluation error, for example: {1}")
    public static let popAlertsHeader = Phrase(fr: "Alertes au jour {0}", en: "Alerts on day {0}")
    public static let popPeople = Phrase(fr: "personnes", en: "people")
    public static let popShare = Phrase(fr: "part", en: "share")
    public static let popNewThisWeek = Phrase(fr: "nouvelles en 7 j", en: "new in 7 days")
    public static let popAnyAlert = Phrase(fr: "Au moins une alerte", en: "At least one alert")
    public static let popAnyAlertShort = Phrase(fr: "≥ 1 alerte", en: "≥ 1 alert")
    public static let popLevelsHeader = Phrase(fr: "Niveaux des scores", en: "Score levels")
    public static let popAdviceHeader = Phrase(fr: "Conseils « personnalisés » affichés", en: "« Personalised » advice shown")
    public static let popFalseAlerts = Phrase(
        fr: "Fausses alertes : {0} des {1} personnes réellement en recherche active ont au moins une alerte ; par alerte :",
        en: "False alerts: {0} of the {1} people really searching actively have at least one alert; by alert:")
    public static let popFalseAlertsShort = Phrase(fr: "fausses al.", en: "false al.")
    public static let popFalseAlertsUnknown = Phrase(
        fr: "Fausses alertes : situations réelles inconnues (ajoutez situations.csv au dossier pour les compter)",
        en: "False alerts: true situations unknown (add situations.csv to the folder to count them)")
    public static let popNationalHeader = Phrase(
        fr: "Projection sur les {0} de personnes tenues de rechercher un emploi (Insee 2025) — un ordre de grandeur, la population est synthétique",
        en: "Projected onto the {0} people required to search for a job (Insee 2025) — an order of magnitude, the population is synthetic")
    public static let popAdvisorHeader = Phrase(
        fr: "Par conseiller, pour un portefeuille de {0} à {1} personnes (IGF/IGAS 2023) :",
        en: "Per advisor, for a caseload of {0} to {1} people (IGF/IGAS 2023):")
    public static let popAdvisorFlagged = Phrase(fr: "personnes signalées : {0} à {1}", en: "people flagged: {0} to {1}")
    public static let popAdvisorNew = Phrase(fr: "alertes nouvelles par semaine : {0} à {1}", en: "new alerts a week: {0} to {1}")
    public static let popGroupHeader = Phrase(fr: "Par groupe : {0} (référence : {1})", en: "By group: {0} (reference: {1})")
    public static let popToleranceLegend = Phrase(
        fr: "! ratio au groupe de référence hors de 0,8–1,25 (tolérance des « quatre cinquièmes » des audits d'équité) · fausses al. = part des personnes en recherche active qui ont une alerte",
        en: "! ratio to the reference group outside 0.8–1.25 (the « four fifths » tolerance of fairness audits) · false al. = share of people searching actively who have an alert")
    public static let popHistogramsHeader = Phrase(fr: "Distribution des scores (de la plus petite à la plus grande valeur)", en: "Score distributions (from the lowest to the highest value)")
    public static let popNever = Phrase(fr: "jamais", en: "never")
    public static let popMissingValue = Phrase(fr: "(vide)", en: "(empty)")
}

// MARK: Progress

extension Strings {
    public static let progressLeft = Phrase(fr: "encore ~{0}", en: "~{0} left")
    public static let progressDone = Phrase(fr: "terminé en {0}", en: "done in {0}")
}

extension Strings {
    public static let popCannotWrite = Phrase(fr: "impossible d'écrire {0} : {1}", en: "cannot write {0}: {1}")
}

// MARK: The population command

extension Strings {
    public static let cliPopulationSource = Phrase(
        fr: "donnez soit un dossier de population, soit --size N (une population tirée en mémoire), pas les deux",
        en: "give either a population folder or --size N (a population drawn in memory), not both")
    public static let cliPopulationSize = Phrase(fr: "--size {0} : de 1 à 100 000 000 demandeurs", en: "--size {0}: from 1 to 100,000,000 claimants")
    public static let cliPopulationSample = Phrase(fr: "--sample {0} : de 1 à 100 000 000 demandeurs", en: "--sample {0}: from 1 to 100,000,000 claimants")
    public static let cliPopulationDays = Phrase(fr: "--days {0} : de 1 à {1} jours", en: "--days {0}: from 1 to {1} days")
    public static let cliPopulationDayOutOfRange = Phrase(fr: "--day {0} : la population va du jour 1 au jour {1}", en: "--day {0}: the population runs from day 1 to day {1}")
    public static let cliPopulationExists = Phrase(
        fr: "{0} contient déjà une population : choisissez un autre dossier, ou ajoutez --force pour la remplacer",
        en: "{0} already holds a population: choose another folder, or add --force to replace it")
    public static let cliPopulationWritten = Phrase(
        fr: "{0} : {1} demandeurs, {2} événements ({3} Mo)", en: "{0}: {1} claimants, {2} events ({3} MB)")
    public static let cliPopulationBadReference = Phrase(
        fr: "--reference {0} : écrivez attribut=valeur, par exemple --reference acces_numerique=fiable",
        en: "--reference {0}: write attribute=value, for example --reference acces_numerique=fiable")
    public static let cliPopulationIgnoredTypes = Phrase(
        fr: "les règles {0} ne déclarent pas ces types d'événements de la population, qui ne sont donc pas lus : {1}",
        en: "the rules {0} do not declare these event types of the population, which are therefore not read: {1}")
    public static let popBadControlValue = Phrase(
        fr: "« {0} » dans la colonne {1} : {2} est attendu",
        en: "'{0}' in column {1}: {2} is expected")
    public static let popControlExpectation = Phrase(fr: "true ou false", en: "true or false")
    public static let popControlDayExpectation = Phrase(
        fr: "un jour entier du déroulé (1 = premier jour), ou rien si la personne n'a pas été contrôlée",
        en: "a whole day of the run (1 = first day), or nothing when the person was not controlled")
}
