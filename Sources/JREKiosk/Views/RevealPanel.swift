import JREConsole
import JRECore
import JRETerminal
import JREText

/// The reveal: the claimant's hidden life, in a large box over the debrief.
enum RevealPanel {
    static func draw(_ run: GuidedRun, state: KioskState, into grid: inout CellGrid) {
        guard let workshop = state.visitor.workshop, workshop.scenario.claimants.indices.contains(run.plan.claimant) else { return }
        let lang = state.lang
        let claimant = workshop.scenario.claimants[run.plan.claimant]
        let width = min(grid.width - 6, 96)
        let inner = width - 6
        var lines: [(String, Role)] = [(claimant.name, .title), ("", .normal)]
        let context = claimant.context?.resolve(lang) ?? ""
        for line in TextLayout.wrap(context.isEmpty ? Strings.kioskGuidedRevealNoContext(lang) : context, width: inner) { lines.append((line, .normal)) }
        lines.append(("", .normal))
        if let situation = claimant.situation {
            for line in TextLayout.wrap(Strings.kioskGuidedRevealSituation.format(lang, DebriefView.situationText(situation, lang)), width: inner) {
                lines.append((line, .accent))
            }
        }
        if let decision = run.decisionLabel(in: state.visitor, lang: lang) {
            for line in TextLayout.wrap(Strings.kioskGuidedRevealDecision.format(lang, decision), width: inner) { lines.append((line, .watch)) }
        }
        if let justification = run.decisionJustification(in: state.visitor), !justification.isEmpty {
            let text = Strings.kioskGuidedRevealJustification.format(lang, Strings.quoted(justification, lang))
            for line in TextLayout.wrap(text, width: inner, hangingIndent: 2) { lines.append((line, .watch)) }
        }
        let bandRows = GuidedCaption.band(run, state: state).height(width: grid.width, maximum: grid.height / 2)
        let available = max(3, grid.height - bandRows - 2)
        let height = min(available, lines.count + 4)
        let top = max(0, (grid.height - bandRows - height) / 2)
        let left = max(0, (grid.width - width) / 2)
        grid.fill(row: top, col: left, width: width, height: height, role: .modal)
        grid.box(row: top, col: left, width: width, height: height, role: .border, title: Strings.kioskGuidedRevealTitle(lang), titleRole: .title)
        for (index, line) in lines.enumerated() where index < height - 4 {
            grid.put(line.0, row: top + 2 + index, col: left + 3, role: line.1, maxWidth: inner, ellipsis: true)
        }
    }
}
