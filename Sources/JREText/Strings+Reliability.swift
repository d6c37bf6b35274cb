// What the console and the commands say when a disk, a journal or an input file misbehaves.

extension Strings {
    // Writing the journal.
    public static let journalDecisionNotSaved = Phrase(fr: "Décision NON enregistrée : {0} — gardée en mémoire, nouvel essai automatique.", en: "Decision NOT saved: {0} — kept in memory, retried automatically.")
    public static let journalEntryNotSaved = Phrase(fr: "NON enregistré : {0} — gardé en mémoire, nouvel essai automatique.", en: "NOT saved: {0} — kept in memory, retried automatically.")
    /// `{0}` entries waiting, `{1}` « N décisions » (``journalDecisions``), `{2}` the failure.
    public static let journalPending = PluralPhrase(
        one: Phrase(fr: "{0} entrée NON enregistrée ({1}) : {2} — nouvel essai automatique", en: "{0} entry NOT saved ({1}): {2} — retried automatically"),
        other: Phrase(fr: "{0} entrées NON enregistrées ({1}) : {2} — nouvel essai automatique", en: "{0} entries NOT saved ({1}): {2} — retried automatically"))
    public static let journalDecisions = PluralPhrase(one: Phrase(fr: "{0} décision", en: "{0} decision"), other: Phrase(fr: "{0} décisions", en: "{0} decisions"))
    public static let journalKeepsSession = PluralPhrase(
        one: Phrase(fr: "{0} entrée NON enregistrée : cette séance reste ouverte tant qu'elle n'est pas écrite (libérez de la place ou rendez le dossier inscriptible).",
                    en: "{0} entry NOT saved: this session stays open until it is written (free some space or make the folder writable)."),
        other: Phrase(fr: "{0} entrées NON enregistrées : cette séance reste ouverte tant qu'elles ne sont pas écrites (libérez de la place ou rendez le dossier inscriptible).",
                      en: "{0} entries NOT saved: this session stays open until they are written (free some space or make the folder writable)."))
    public static let journalCaughtUp = PluralPhrase(
        one: Phrase(fr: "Enregistré après coup : {0} entrée en attente est maintenant sur le disque.", en: "Saved late: {0} waiting entry is now on disk."),
        other: Phrase(fr: "Enregistré après coup : {0} entrées en attente sont maintenant sur le disque.", en: "Saved late: {0} waiting entries are now on disk."))
    public static let journalReadOnly = Phrase(fr: "LECTURE SEULE : rien n'est enregistré ({0})", en: "READ-ONLY: nothing is saved ({0})")
    public static let journalReadOnlyTag = Phrase(fr: "LECTURE SEULE", en: "READ-ONLY")
    public static let journalReadOnlyDecision = Phrase(fr: "Décision NON enregistrée : séance en lecture seule.", en: "Decision NOT saved: read-only session.")
    public static let journalLineSkipped = Phrase(fr: "Journal {0}, ligne {1} : {2} ; ignorée.", en: "Journal {0}, line {1}: {2}; skipped.")
    public static let journalLineTorn = Phrase(fr: "dernière ligne coupée, illisible (arrêt en pleine écriture)", en: "torn last line (stopped mid-write)")
    public static let journalLineCorrupt = Phrase(fr: "ligne illisible", en: "unreadable line")
    public static let journalUnsavedShort = Phrase(fr: "NON enr.", en: "NOT saved")
    public static let journalUnsavedMark = Phrase(fr: "NON enregistrée", en: "NOT saved")
    public static let journalCannotOpen = Phrase(
        fr: "impossible d'ouvrir le journal de séance {0} pour y écrire : {1}. Rien ne serait enregistré : libérez ce chemin (un dossier, une clé en lecture seule, des droits ?), choisissez un autre dossier avec --session, ou relancez avec --read-only pour consulter la séance sans rien écrire.",
        en: "cannot open the session journal {0} for writing: {1}. Nothing would be saved: free that path (a folder, a read-only stick, permissions?), choose another folder with --session, or start again with --read-only to look at the session without writing anything.")
    public static let journalCannotRead = Phrase(fr: "impossible de lire le journal de séance {0} : {1}", en: "cannot read the session journal {0}: {1}")
    public static let journalUnsavedQuit = PluralPhrase(
        one: Phrase(fr: "{0} entrée NON enregistrée ({1}). Quitter la perd. q : quitter quand même · Échap : rester (nouvel essai automatique)",
                    en: "{0} entry NOT saved ({1}). Quitting loses it. q: quit anyway · Esc: stay (retried automatically)"),
        other: Phrase(fr: "{0} entrées NON enregistrées ({1}). Quitter les perd. q : quitter quand même · Échap : rester (nouvel essai automatique)",
                      en: "{0} entries NOT saved ({1}). Quitting loses them. q: quit anyway · Esc: stay (retried automatically)"))

    // Input limits.
    public static let exprTooLarge = Phrase(fr: "expression trop longue ({0} éléments, au plus {1}) : découpez-la en scores intermédiaires", en: "expression too long ({0} elements, at most {1}): split it into intermediate scores")
    public static let exprTooNested = Phrase(fr: "expression trop imbriquée (profondeur {0}, au plus {1}) : découpez-la en scores intermédiaires", en: "expression nested too deeply (depth {0}, at most {1}): split it into intermediate scores")
    public static let diagFileTooLarge = Phrase(fr: "fichier trop gros ({0} octets, au plus {1})", en: "file too large ({0} bytes, at most {1})")
    public static let diagInvalidUTF8 = Phrase(fr: "texte non UTF-8 : octet 0x{0} invalide (octet {1} du fichier) ; enregistrez le fichier en UTF-8", en: "text is not UTF-8: invalid byte 0x{0} (byte {1} of the file); save the file as UTF-8")
    public static let diagYAMLTooNested = Phrase(fr: "YAML trop imbriqué (profondeur {0}, au plus {1})", en: "YAML nested too deeply (depth {0}, at most {1})")

    // Paths.
    public static let cliPathIsFolder = Phrase(fr: "{0}: error: c'est un dossier, pas un fichier", en: "{0}: error: this is a folder, not a file")
    public static let cliPathMissing = Phrase(fr: "{0}: error: fichier introuvable", en: "{0}: error: file not found")
    public static let cliPathUnreadable = Phrase(fr: "{0}: error: fichier illisible : {1}", en: "{0}: error: cannot read the file: {1}")
    public static let cliFolderEmpty = Phrase(fr: "{0}: error: aucun fichier .yaml dans ce dossier", en: "{0}: error: no .yaml file in this folder")
    public static let pickerBroken = Phrase(fr: "inutilisable : {0}", en: "unusable: {0}")

    // Debrief without its opening line.
    public static let exportCliScenarioByHash = Phrase(fr: "la ligne d'ouverture du journal est illisible ; scénario retrouvé par son empreinte : {0}", en: "the journal's opening line is unreadable; scenario found by its fingerprint: {0}")
}


extension Strings {
    public static let sessionNotOpen = Phrase(fr: "aucune séance ouverte", en: "no session open")
}
