import JRECore
import JREText
import JRETerminal

/// The briefing's own state: how far it is scrolled.
public typealias BriefingScreen = ListScroll

/// The briefing: read on, then open the board.
extension AppState {
    mutating func performOnBriefing(_ action: ConsoleAction, _ briefing: BriefingScreen) {
        var briefing = briefing
        switch action {
        case .open: screen = .board
        case .back: screen = .picker
        // Space and Page Down read on while there is more, then open the board.
        case .pageDown where !BriefingView.hasMore(self, briefing): screen = .board
        default:
            if briefing.follow(action, page: max(1, height - 8)) { screen = .briefing(briefing) }
        }
    }
}

/// The scenario's briefing, read to the room before day 1; it wraps and scrolls at any size.
enum BriefingView {
    static func draw(_ state: AppState, _ briefing: BriefingScreen, into grid: inout CellGrid) {
        guard let workshop = state.workshop else { return }
        let lang = state.lang
        grid.fill(row: 0, col: 0, width: grid.width, height: 1, role: .header)
        _ = grid.put(" " + workshop.scenario.title.resolve(lang) + " — " + Strings.consoleBriefingTitle(lang), row: 0, col: 0, role: .header, maxWidth: grid.width, ellipsis: true)
        let (width, lines, hint, area) = layout(state, workshop: workshop, width: grid.width, height: grid.height)
        let left = max(1, (grid.width - width) / 2)
        let bottom = grid.height - 2 - hint.count
        let first = min(briefing.offset, max(0, lines.count - area))
        for (offset, line) in lines.dropFirst(first).prefix(area).enumerated() {
            _ = grid.put(line.0, row: 2 + offset, col: left, role: line.1, maxWidth: width)
        }
        if first + area < lines.count { _ = grid.put(grid.glyphs.arrows.down + " " + Strings.consoleMoreBelow(lang), row: bottom, col: left, role: .dim, maxWidth: width) }
        for (offset, line) in hint.enumerated() {
            _ = grid.put(line, row: bottom + 1 + offset, col: left, role: .accent, maxWidth: width)
        }
    }

    /// The text width, the lines, the start hint and how many lines fit.
    static func layout(_ state: AppState, workshop: WorkshopState, width gridWidth: Int, height: Int) -> (Int, [(String, Role)], [String], Int) {
        let lang = state.lang
        let width = max(10, min(gridWidth - 4, 90))
        // The facts and the teaching-simulation notice first: they must be seen even on a small screen.
        var lines: [(String, Role)] = TextLayout.wrap(Strings.consoleBriefingFacts.format(lang, String(workshop.scenario.claimants.count), String(workshop.scenario.days),
                                                                      DateText.long(workshop.scenario.start, lang: lang), workshop.ruleset.title.resolve(lang)), width: width).map { ($0, .dim) }
        lines += TextLayout.wrap(Strings.consoleDisclaimer(lang), width: width).map { ($0, .illustrative) }
        lines.append(("", .normal))
        lines += TextLayout.wrap(workshop.scenario.briefing?.resolve(lang) ?? "", width: width).map { ($0, .normal) }
        let hint = TextLayout.wrap(Strings.consoleBriefingStart(lang), width: width)
        let area = max(1, height - 2 - hint.count - 2)
        return (width, lines, hint, area)
    }

    /// Whether some of the briefing is still below the screen.
    static func hasMore(_ state: AppState, _ briefing: BriefingScreen) -> Bool {
        guard let workshop = state.workshop else { return false }
        let (_, lines, _, area) = layout(state, workshop: workshop, width: state.width, height: state.height)
        return min(briefing.offset, max(0, lines.count - area)) + area < lines.count
    }
}
