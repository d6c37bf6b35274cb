// Visible strings of the terminal layer (JRETerminal): start-up refusals, key names for hints,
// key script diagnostics and the tmux test driver's reports. All names start with `term`.

extension Strings {
    // MARK: Refusing to start the interactive screen

    public static let termNotATerminal = Phrase(
        fr: "jre-console : l'écran interactif a besoin d'un terminal, et l'entrée ou la sortie standard n'en est pas un ; sans terminal, utilisez jre-console check|report|explain.",
        en: "jre-console: the interactive screen needs a terminal, and standard input or output is not one; without a terminal, use jre-console check|report|explain."
    )
    public static let termTypeMissing = Phrase(
        fr: "jre-console : la variable TERM n'est pas définie, le type de terminal est inconnu ; définissez-la (par exemple TERM=xterm-256color) ou utilisez jre-console check|report|explain.",
        en: "jre-console: TERM is not set, so the terminal type is unknown; set it (for example TERM=xterm-256color) or use jre-console check|report|explain."
    )
    public static let termUnknownType = Phrase(
        fr: "jre-console : le type de terminal « {0} » (TERM) est inconnu de ncurses ; essayez TERM=xterm-256color ou utilisez jre-console check|report|explain.",
        en: "jre-console: ncurses does not know the terminal type \"{0}\" (TERM); try TERM=xterm-256color or use jre-console check|report|explain."
    )
    public static let termAlreadyActive = Phrase(
        fr: "jre-console : un écran interactif est déjà ouvert dans ce programme.",
        en: "jre-console: an interactive screen is already open in this program."
    )
    public static let termCannotOpen = Phrase(
        fr: "jre-console : impossible d'ouvrir « {0} » pour l'écran interactif ; utilisez jre-console check|report|explain.",
        en: "jre-console: cannot open \"{0}\" for the interactive screen; use jre-console check|report|explain."
    )

    // MARK: Key names, for footer hints and the help overlay

    public static let termKeySpace = Phrase(fr: "Espace", en: "Space")
    public static let termKeyEnter = Phrase(fr: "Entrée", en: "Enter")
    public static let termKeyEscape = Phrase(fr: "Échap", en: "Esc")
    public static let termKeyTab = Phrase(fr: "Tab", en: "Tab")
    public static let termKeyBackTab = Phrase(fr: "Maj+Tab", en: "Shift+Tab")
    public static let termKeyBackspace = Phrase(fr: "Retour arrière", en: "Backspace")
    public static let termKeyDelete = Phrase(fr: "Suppr", en: "Del")
    public static let termKeyInsert = Phrase(fr: "Inser", en: "Ins")
    public static let termKeyHome = Phrase(fr: "Début", en: "Home")
    public static let termKeyEnd = Phrase(fr: "Fin", en: "End")
    public static let termKeyPageUp = Phrase(fr: "Page préc.", en: "PgUp")
    public static let termKeyPageDown = Phrase(fr: "Page suiv.", en: "PgDn")
    public static let termKeyUp = Phrase(fr: "Haut", en: "Up")
    public static let termKeyDown = Phrase(fr: "Bas", en: "Down")
    public static let termKeyLeft = Phrase(fr: "Gauche", en: "Left")
    public static let termKeyRight = Phrase(fr: "Droite", en: "Right")
    /// `{0}` is the key pressed with Ctrl, in capitals.
    public static let termKeyCtrl = Phrase(fr: "Ctrl+{0}", en: "Ctrl+{0}")
    /// `{0}` is the function key number.
    public static let termKeyFunction = Phrase(fr: "F{0}", en: "F{0}")

    // MARK: Key script diagnostics

    /// `{0}` is the line number, `{1}` the problem.
    public static let termScriptAtLine = Phrase(fr: "ligne {0} : {1}", en: "line {0}: {1}")
    public static let termScriptMissingKey = Phrase(
        fr: "il manque la touche après le délai (attendu par exemple « 200 j »)",
        en: "the key is missing after the delay (expected for example \"200 j\")"
    )
    /// `{0}` is the text found where the delay should be.
    public static let termScriptBadDelay = Phrase(
        fr: "« {0} » n'est pas un délai en millisecondes (un nombre entier positif ou nul, par exemple « 200 j »)",
        en: "\"{0}\" is not a delay in milliseconds (a whole number, zero or more, as in \"200 j\")"
    )
    /// `{0}` is the unknown key name.
    public static let termScriptUnknownKey = Phrase(
        fr: "touche inconnue « {0} »",
        en: "unknown key \"{0}\""
    )
    /// `{0}` is the closest known key name.
    public static let termScriptDidYouMean = Phrase(fr: " ; vouliez-vous dire « {0} » ?", en: "; did you mean \"{0}\"?")
    /// `{0}` is the action (`Resize`, `Click`…), `{1}` what followed it, `{2}` the expected form.
    public static let termScriptBadArgument = Phrase(
        fr: "« {1} » ne convient pas après {0} (attendu : {2})",
        en: "\"{1}\" does not fit after {0} (expected {2})"
    )
    public static let termScriptExpectSize = Phrase(fr: "LARGEURxHAUTEUR, par exemple 80x24", en: "WIDTHxHEIGHT, for example 80x24")
    public static let termScriptExpectCell = Phrase(fr: "LIGNE,COLONNE, par exemple 3,10", en: "ROW,COL, for example 3,10")
    public static let termScriptExpectSignal = Phrase(fr: "INT, TERM ou HUP", en: "INT, TERM or HUP")
    public static let termScriptExpectText = Phrase(fr: "le texte à taper", en: "the text to type")
    public static let termScriptExpectNothing = Phrase(fr: "rien", en: "nothing")

    // MARK: tmux test driver (seen by developers in failing tests)

    public static let termTmuxMissing = Phrase(
        fr: "tmux est introuvable dans le PATH (installez le paquet tmux)",
        en: "tmux is not in PATH (install the tmux package)"
    )
    /// `{0}` is the tmux command, `{1}` its exit status, `{2}` its error output.
    public static let termTmuxFailed = Phrase(
        fr: "la commande tmux « {0} » a échoué (code {1}) : {2}",
        en: "the tmux command \"{0}\" failed (status {1}): {2}"
    )
    /// `{0}` is the wait in milliseconds, `{1}` what was awaited, `{2}` the last screen.
    public static let termTmuxTimeout = Phrase(
        fr: "rien de tel après {0} ms : {1}\n--- dernier écran ---\n{2}",
        en: "not seen after {0} ms: {1}\n--- last screen ---\n{2}"
    )
    /// `{0}` is the awaited text.
    public static let termTmuxTextOnScreen = Phrase(fr: "le texte « {0} » à l'écran", en: "the text \"{0}\" on screen")
    public static let termTmuxProgramExit = Phrase(fr: "la fin du programme", en: "the program's exit")
    public static let termTmuxCondition = Phrase(fr: "la condition attendue", en: "the expected condition")
}
