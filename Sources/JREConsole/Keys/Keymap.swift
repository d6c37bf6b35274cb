import JREText
import JRETerminal

/// Everything a key can do in the console: events named for what the user asked.
public enum ConsoleAction: Sendable, Equatable {
    case moveUp, moveDown, pageUp, pageDown, moveTop, moveBottom
    case open, back, switchPane, toggleHelp, quit
    case nextDay, previousDay, nextWeek, previousWeek, nextCheckpoint, jumpToDay
    case explain, toggleFormulas, search, cycleAlertFilter, cycleSeverityFilter, cycleSort
    case openLab, decide, openDebrief, switchRuleset, openCompare, openSources
    case increase, decrease, resetOne, resetAll, nextClaimant, previousClaimant
    case openPopulation, nextGrouping, runFullPopulation
    case openModel, toggleHistory, retrainModel
    // In prompts and overlays (``Keymap/promptBindings``).
    /// Close what is open without doing anything else.
    case dismiss
    /// Accept what the prompt holds (Enter).
    case confirm
    /// Remove the last typed character.
    case deleteBackward
    /// A typed character (text, digits).
    case insert(Character)
    /// Tick or untick the highlighted item of a checklist.
    case toggleMark
    /// End the console at once, without asking.
    case quitNow
    /// Pause or resume a replay.
    case togglePause
    /// Put the current session aside and start a new one.
    case startNewSession
}

/// One binding of the keymap: the keys, the action, a short label for the footer, the help text.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: ConsoleAction
    public var label: Phrase
    public var help: Phrase
    /// The screens where it applies.
    public var screens: Set<KeyContext>
    /// Shown in the footer (the few that matter); all are in the `?` overlay.
    public var inFooter: Bool

    /// The keys as shown in hints and help (« ↑ k », « Entrée »).
    public func keyLabel(_ lang: Lang, glyphs: Glyphs) -> String {
        keys.map { $0.label(lang, glyphs: glyphs) }.joined(separator: " ")
    }
}

/// Where a binding applies: a screen, or what is open over it (``Modal``), which then takes every key.
public enum KeyContext: Sendable, Hashable {
    case picker, briefing, board, lab, debrief, compare, sources, population, model
    /// The terminal is too small to draw: only quitting works.
    case tooSmall
    /// A recorded session being replayed (checked before the screen's keys).
    case replay
    case help, confirmQuit, filesChanged, checkpoint
    case decisionChoice, decisionJustification, decisionEvidence
    case search, dayEntry, labEntry
}

/// The one keymap: the screens' table (``bindings``) drives key handling, the footer hints and the `?`
/// overlay; the prompts' and overlays' keys are in ``promptBindings`` (Keymap+Prompts.swift).
public enum Keymap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.up, .char("k")], action: .moveUp, label: Strings.keyMoveUp, help: Strings.helpMoveUp, screens: [.picker, .briefing, .board, .lab, .debrief, .compare, .sources], inFooter: false),
        KeyBinding(keys: [.down, .char("j")], action: .moveDown, label: Strings.keyMoveDown, help: Strings.helpMoveDown, screens: [.picker, .briefing, .board, .lab, .debrief, .compare, .sources], inFooter: false),
        KeyBinding(keys: [.up, .char("k")], action: .moveUp, label: Strings.keyMoveUp, help: Strings.helpModelScroll, screens: [.model], inFooter: false),
        KeyBinding(keys: [.down, .char("j")], action: .moveDown, label: Strings.keyMoveDown, help: Strings.helpModelScroll, screens: [.model], inFooter: false),
        KeyBinding(keys: [.right, .char("+")], action: .increase, label: Strings.keyCapacityMore, help: Strings.helpCapacityMore, screens: [.model], inFooter: true),
        KeyBinding(keys: [.left, .char("-")], action: .decrease, label: Strings.keyCapacityLess, help: Strings.helpCapacityLess, screens: [.model], inFooter: true),
        KeyBinding(keys: [.char("T")], action: .retrainModel, label: Strings.keyRetrain, help: Strings.helpRetrain, screens: [.model], inFooter: true),
        KeyBinding(keys: [.char("h")], action: .toggleHistory, label: Strings.keyHistory, help: Strings.helpHistory, screens: [.model], inFooter: true),
        KeyBinding(keys: [.up, .char("k")], action: .moveUp, label: Strings.keyPopulationPrevious, help: Strings.helpPopulationPrevious, screens: [.population], inFooter: false),
        KeyBinding(keys: [.down, .char("j")], action: .moveDown, label: Strings.keyPopulationNext, help: Strings.helpPopulationNext, screens: [.population], inFooter: false),
        KeyBinding(keys: [.right, .char("+")], action: .increase, label: Strings.keyIncrease, help: Strings.helpPopulationIncrease, screens: [.population], inFooter: true),
        KeyBinding(keys: [.left, .char("-")], action: .decrease, label: Strings.keyDecrease, help: Strings.helpPopulationDecrease, screens: [.population], inFooter: false),
        KeyBinding(keys: [.tab, .backTab], action: .switchPane, label: Strings.keyPopulationPane, help: Strings.helpPopulationPane, screens: [.population], inFooter: true),
        KeyBinding(keys: [.char("F"), .enter], action: .runFullPopulation, label: Strings.keyPopulationFull, help: Strings.helpPopulationFull, screens: [.population], inFooter: true),
        KeyBinding(keys: [.char("g")], action: .nextGrouping, label: Strings.keyPopulationGrouping, help: Strings.helpPopulationGrouping, screens: [.population], inFooter: false),
        KeyBinding(keys: [.char("r")], action: .resetOne, label: Strings.keyResetOne, help: Strings.helpResetOne, screens: [.population], inFooter: false),
        KeyBinding(keys: [.char("R")], action: .resetAll, label: Strings.keyResetAll, help: Strings.helpResetAll, screens: [.population], inFooter: false),
        KeyBinding(keys: [.char("x")], action: .switchRuleset, label: Strings.keySwitchRuleset, help: Strings.helpPopulationRuleset, screens: [.population], inFooter: false),
        KeyBinding(keys: [.pageUp], action: .pageUp, label: Strings.keyPageUp, help: Strings.helpPageUp, screens: [.picker, .board, .briefing, .debrief, .compare, .sources, .population, .model], inFooter: false),
        KeyBinding(keys: [.pageDown, .char(" ")], action: .pageDown, label: Strings.keyPageDown, help: Strings.helpPageDown, screens: [.picker, .board, .briefing, .debrief, .compare, .sources, .population, .model], inFooter: false),
        KeyBinding(keys: [.home], action: .moveTop, label: Strings.keyTop, help: Strings.helpTop, screens: [.picker, .board, .debrief], inFooter: false),
        KeyBinding(keys: [.end], action: .moveBottom, label: Strings.keyBottom, help: Strings.helpBottom, screens: [.picker, .board, .debrief], inFooter: false),
        KeyBinding(keys: [.enter], action: .open, label: Strings.keyOpen, help: Strings.helpOpen, screens: [.picker, .briefing, .board], inFooter: true),
        KeyBinding(keys: [.char("m")], action: .openPopulation, label: Strings.keyPopulation, help: Strings.helpPopulation, screens: [.picker], inFooter: true),
        KeyBinding(keys: [.char("m")], action: .openPopulation, label: Strings.keyPopulation, help: Strings.helpPopulationFromWorkshop, screens: [.board, .lab], inFooter: false),
        KeyBinding(keys: [.escape], action: .back, label: Strings.keyBack, help: Strings.helpBack, screens: [.briefing, .board, .lab, .debrief, .compare, .sources, .population, .model], inFooter: true),
        KeyBinding(keys: [.tab, .backTab], action: .switchPane, label: Strings.keySwitchPane, help: Strings.helpSwitchPane, screens: [.board], inFooter: true),
        KeyBinding(keys: [.char("w"), .char("y")], action: .explain, label: Strings.keyExplain, help: Strings.helpExplain, screens: [.board], inFooter: true),
        KeyBinding(keys: [.char("F")], action: .toggleFormulas, label: Strings.keyFormulas, help: Strings.helpFormulas, screens: [.board], inFooter: false),
        KeyBinding(keys: [.char("M")], action: .openModel, label: Strings.keyModel, help: Strings.helpModel, screens: [.board], inFooter: true),
        KeyBinding(keys: [.char("n"), .right], action: .nextDay, label: Strings.keyNextDay, help: Strings.helpNextDay, screens: [.board], inFooter: true),
        KeyBinding(keys: [.char("n")], action: .nextDay, label: Strings.keyNextDay, help: Strings.helpNextDay, screens: [.lab, .compare], inFooter: false),
        KeyBinding(keys: [.char("p"), .left], action: .previousDay, label: Strings.keyPreviousDay, help: Strings.helpPreviousDay, screens: [.board], inFooter: false),
        KeyBinding(keys: [.char("p")], action: .previousDay, label: Strings.keyPreviousDay, help: Strings.helpPreviousDay, screens: [.lab, .compare], inFooter: false),
        KeyBinding(keys: [.char("N"), .char("]")], action: .nextWeek, label: Strings.keyNextWeek, help: Strings.helpNextWeek, screens: [.board, .lab], inFooter: true),
        KeyBinding(keys: [.char("P"), .char("[")], action: .previousWeek, label: Strings.keyPreviousWeek, help: Strings.helpPreviousWeek, screens: [.board, .lab], inFooter: false),
        KeyBinding(keys: [.char("d")], action: .decide, label: Strings.keyDecide, help: Strings.helpDecide, screens: [.board], inFooter: true),
        KeyBinding(keys: [.char("t")], action: .openLab, label: Strings.keyLab, help: Strings.helpLab, screens: [.board], inFooter: true),
        KeyBinding(keys: [.char("x")], action: .switchRuleset, label: Strings.keySwitchRuleset, help: Strings.helpSwitchRuleset, screens: [.board, .compare], inFooter: false),
        KeyBinding(keys: [.char("X")], action: .openCompare, label: Strings.keyCompare, help: Strings.helpCompare, screens: [.board], inFooter: false),
        KeyBinding(keys: [.char("S")], action: .openSources, label: Strings.keySources, help: Strings.helpSources, screens: [.board, .lab], inFooter: false),
        KeyBinding(keys: [.char("b")], action: .openDebrief, label: Strings.keyDebrief, help: Strings.helpDebrief, screens: [.board, .lab], inFooter: false),
        KeyBinding(keys: [.right, .char("+")], action: .increase, label: Strings.keyIncrease, help: Strings.helpIncrease, screens: [.lab], inFooter: true),
        KeyBinding(keys: [.left, .char("-")], action: .decrease, label: Strings.keyDecrease, help: Strings.helpDecrease, screens: [.lab], inFooter: true),
        KeyBinding(keys: [.char("r")], action: .resetOne, label: Strings.keyResetOne, help: Strings.helpResetOne, screens: [.lab], inFooter: true),
        KeyBinding(keys: [.char("R")], action: .resetAll, label: Strings.keyResetAll, help: Strings.helpResetAll, screens: [.lab], inFooter: false),
        KeyBinding(keys: [.tab], action: .nextClaimant, label: Strings.keyNextClaimant, help: Strings.helpNextClaimant, screens: [.lab], inFooter: false),
        KeyBinding(keys: [.backTab], action: .previousClaimant, label: Strings.keyPreviousClaimant, help: Strings.helpPreviousClaimant, screens: [.lab], inFooter: false),
        KeyBinding(keys: [.char("c")], action: .nextCheckpoint, label: Strings.keyNextCheckpoint, help: Strings.helpNextCheckpoint, screens: [.board], inFooter: false),
        KeyBinding(keys: [.char("g")], action: .jumpToDay, label: Strings.keyJumpToDay, help: Strings.helpJumpToDay, screens: [.board], inFooter: false),
        KeyBinding(keys: [.char("/")], action: .search, label: Strings.keySearch, help: Strings.helpSearch, screens: [.board], inFooter: false),
        KeyBinding(keys: [.char("f")], action: .cycleAlertFilter, label: Strings.keyAlertFilter, help: Strings.helpAlertFilter, screens: [.board], inFooter: false),
        KeyBinding(keys: [.char("v")], action: .cycleSeverityFilter, label: Strings.keySeverityFilter, help: Strings.helpSeverityFilter, screens: [.board], inFooter: false),
        KeyBinding(keys: [.char("s")], action: .cycleSort, label: Strings.keySort, help: Strings.helpSort, screens: [.board], inFooter: false),
        KeyBinding(keys: [.char("?"), .function(1)], action: .toggleHelp, label: Strings.keyHelp, help: Strings.helpHelp, screens: [.picker, .briefing, .board, .lab, .debrief, .compare, .sources, .population, .model], inFooter: true),
        KeyBinding(keys: [.char("q")], action: .quit, label: Strings.keyQuit, help: Strings.helpQuit, screens: [.picker, .briefing, .board, .lab, .debrief, .compare, .sources, .population, .model], inFooter: true),
    ]

    /// The action bound to `key` on `context`, if any: the screens' table first, then the prompts'.
    public static func action(for key: Key, in context: KeyContext) -> ConsoleAction? {
        if let binding = bindings.first(where: { $0.screens.contains(context) && $0.keys.contains(key) }) { return binding.action }
        for binding in promptBindings where binding.contexts.contains(context) {
            if let action = binding.action(for: key) { return action }
        }
        return nil
    }

    public static func bindings(for context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.screens.contains(context) }
    }
}
