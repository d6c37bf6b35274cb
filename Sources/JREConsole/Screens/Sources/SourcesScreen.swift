import JRECore
import JREText
import JRETerminal

/// « Sources »: every rule of the ruleset with where it comes from, documented or reconstructed.
///
/// The whole screen in one file — its state (a scrolled list), its update, its view — as docs/notes/arch-console.md's
/// recipe for a new screen says: besides this file, only ``AppState/Screen`` (a case and a line in
/// each switch), ``Keymap`` (its context and keys) and the board (the `S` that opens it) know it.
public typealias SourcesScreen = ListScroll

extension AppState {
    /// Scroll the list, or go back to the board.
    mutating func performOnSources(_ action: ConsoleAction, _ sources: SourcesScreen) {
        var sources = sources
        if action == .back {
            screen = .board
        } else if sources.follow(action, page: max(1, height - 6)) {
            screen = .sources(sources)
        }
    }
}

/// « Sources »: every rule of the ruleset, documented or reconstructed, and from where.
enum SourcesView {
    static func draw(_ state: AppState, _ sources: SourcesScreen, into grid: inout CellGrid) {
        guard let workshop = state.workshop else { return }
        let lang = state.lang
        HeaderView.draw(workshop, lang: lang, into: &grid)
        let ruleset = workshop.ruleset
        var lines: [PaneLine] = [PaneLine(Strings.sourcesTitle.format(lang, ruleset.title.resolve(lang)), .title)]
        lines.append(PaneLine(Strings.sourcesLegend(lang), .dim))
        func add(_ kind: String, _ label: String, _ provenance: Provenance) {
            let (tag, role) = ClaimantFileView.provenanceTag(provenance, lang: lang)
            lines.append(PaneLine(runs: [(tag + " ", role), (kind + " — ", .dim), (label, .normal)]))
            if let source = provenance.source?.resolve(lang), !source.isEmpty {
                for line in TextLayout.wrap(source, width: max(10, grid.width - 8)) { lines.append(PaneLine("      " + line, .dim)) }
            }
        }
        lines.append(PaneLine(""))
        add(Strings.sourcesRuleset(lang), ruleset.title.resolve(lang), ruleset.provenance)
        for score in ruleset.scores where !score.levels.isEmpty { add(Strings.sourcesScore(lang), score.label.resolve(lang), score.provenance) }
        for alert in ruleset.alerts { add(Strings.sourcesAlert(lang), alert.label.resolve(lang), alert.provenance) }
        for advice in ruleset.advice { add(Strings.sourcesAdvice(lang), advice.text.resolve(lang), advice.provenance) }
        for decision in ruleset.decisions { add(Strings.sourcesDecision(lang), decision.label.resolve(lang), decision.provenance) }
        for parameter in ruleset.parameters { add(Strings.sourcesParameter(lang), parameter.label.resolve(lang), parameter.provenance) }
        for score in ruleset.scores where score.levels.isEmpty { add(Strings.sourcesSignal(lang), score.label.resolve(lang), score.provenance) }
        PaneDrawing.draw(lines, area: PaneArea(top: 2, left: 0, width: grid.width, height: grid.height - 3), scroll: sources.offset, selected: nil, into: &grid)
    }
}
