import JRECore
import JREText
import JRETerminal

/// The decision dialog: the ruleset's decisions, the justification field, the indices checklist.
enum DecisionDialogView {
    static func draw(_ dialog: DecisionDialog, workshop: WorkshopState, lang: Lang, into grid: inout CellGrid) {
        let ruleset = workshop.ruleset
        let width = min(grid.width - 2, 78)
        let height = min(grid.height - 2, max(12, ruleset.decisions.count + 9))
        let top = max(0, (grid.height - height) / 2), left = max(0, (grid.width - width) / 2)
        grid.fill(row: top, col: left, width: width, height: height, role: .modal)
        grid.box(row: top, col: left, width: width, height: height, role: .border)
        let person = workshop.scenario.claimants[dialog.claimant]
        _ = grid.put(" " + Strings.dialogTitle.format(lang, person.name, String(workshop.day)) + " ", row: top, col: left + 2, role: .title, maxWidth: width - 4)
        let result = workshop.result(dialog.claimant)
        let alerts = ruleset.alerts.indices.filter { result.alerts[$0] }.map { ruleset.alerts[$0].label.resolve(lang) }
        _ = grid.put(Strings.dialogShowing.format(lang, alerts.isEmpty ? Strings.dialogNoAlert(lang) : alerts.joined(separator: ", ")),
                     row: top + 1, col: left + 2, role: alerts.isEmpty ? .dim : .alert, maxWidth: width - 4, ellipsis: true)
        var row = top + 3
        let inner = width - 4
        switch dialog.step {
        case .choose:
            for (index, decision) in ruleset.decisions.enumerated() where row < top + height - 2 {
                let selected = index == dialog.selection
                if selected {
                    grid.fill(row: row, col: left + 1, width: width - 2, height: 1, role: .selected)
                    grid.cursor = (row, left + 2)
                }
                var text = (selected ? grid.glyphs.pointer : " ") + " " + decision.label.resolve(lang)
                if decision.justification == .required { text += "  (" + Strings.dialogRequired(lang) + ")" }
                if let evidence = decision.evidence { text += "  [" + Strings.dialogGuardRail.format(lang, String(evidence.count), String(evidence.domains)) + "]" }
                _ = grid.put(text, row: row, col: left + 2, role: selected ? .selected : .modal, maxWidth: inner, ellipsis: true)
                row += 1
            }
            _ = grid.put(Strings.dialogChoose(lang), row: top + height - 2, col: left + 2, role: .dim, maxWidth: inner)
        case .justify:
            let decision = ruleset.decisions[min(dialog.selection, ruleset.decisions.count - 1)]
            _ = grid.put(decision.label.resolve(lang), row: row, col: left + 2, role: .title, maxWidth: inner)
            row += 2
            let prompt = decision.justification == .required ? Strings.dialogJustifyRequired : Strings.dialogJustifyOptional
            _ = grid.put(prompt(lang), row: row, col: left + 2, role: .modal, maxWidth: inner)
            row += 1
            let lines = TextLayout.wrap(dialog.justification + "_", width: inner)
            for line in lines.suffix(max(1, top + height - 3 - row)) {
                let end = grid.put(line, row: row, col: left + 2, role: .input, maxWidth: inner)
                grid.cursor = (row, min(left + width - 2, end - 1))
                row += 1
            }
        case .evidence:
            let decision = ruleset.decisions[min(dialog.selection, ruleset.decisions.count - 1)]
            let requirement = decision.evidence ?? EvidenceRequirement(count: 2, domains: 2)
            _ = grid.put(Strings.dialogEvidenceTitle.format(lang, String(requirement.count), String(requirement.domains)), row: row, col: left + 2, role: .modal, maxWidth: inner, ellipsis: true)
            row += 1
            _ = grid.put(Strings.dialogEvidenceRule(lang), row: row, col: left + 2, role: .documented, maxWidth: inner, ellipsis: true)
            row += 1
            for (index, evidence) in ruleset.evidence.enumerated() where row < top + height - 2 {
                let selected = index == dialog.evidenceCursor
                let ticked = dialog.evidence.contains(evidence.id)
                if selected {
                    grid.fill(row: row, col: left + 1, width: width - 2, height: 1, role: .selected)
                    grid.cursor = (row, left + 3)
                }
                let box = ticked ? "[" + grid.glyphs.check + "]" : "[ ]"
                let domain = evidence.domainLabel?.resolve(lang) ?? evidence.domain
                _ = grid.put("\(box) \(evidence.label.resolve(lang)) — \(domain)", row: row, col: left + 2, role: selected ? .selected : .modal, maxWidth: inner, ellipsis: true)
                row += 1
            }
        }
        if let problem = dialog.problem {
            _ = grid.put(problem(lang), row: top + height - 2, col: left + 2, role: .error, maxWidth: inner, ellipsis: true)
        }
    }
}
