import Foundation
import JRECore
import JREText
import JRETerminal

extension AppState {
    /// An action while the decision dialog is open: choose, justify, name indices, confirm or go back.
    mutating func performInDialog(_ action: ConsoleAction, dialog: DecisionDialog, effects: inout [ConsoleEffect]) {
        guard var workshop else { return }
        if action == .quit {
            requestQuit()
            return
        }
        let ruleset = workshop.ruleset
        let decisions = ruleset.decisions
        guard !decisions.isEmpty else {
            modal = nil
            status = Strings.dialogNoDecisions(lang)
            return
        }
        var dialog = dialog
        dialog.problem = nil
        let decision = decisions[min(dialog.selection, decisions.count - 1)]
        switch dialog.step {
        case .choose:
            switch action {
            case .moveUp: dialog.selection = max(0, dialog.selection - 1)
            case .moveDown: dialog.selection = min(decisions.count - 1, dialog.selection + 1)
            case .back:
                modal = nil
                return
            case .confirm:
                dialog.step = .justify
            default: break
            }
        case .justify:
            switch action {
            case .back: dialog.step = .choose
            case .deleteBackward: if !dialog.justification.isEmpty { dialog.justification.removeLast() }
            case .confirm:
                let text = dialog.justification.trimmingCharacters(in: .whitespaces)
                if decision.justification == .required && text.isEmpty {
                    dialog.problem = Strings.dialogJustificationRequired
                } else if decision.evidence != nil && !ruleset.evidence.isEmpty {
                    dialog.step = .evidence
                } else {
                    workshop.save(dialog, decision: decision, lang: lang, effects: &effects)
                    finishDialog(workshop)
                    return
                }
            case .insert(let character) where dialog.justification.count < 280:
                dialog.justification.append(character)
            default: break
            }
        case .evidence:
            let indices = ruleset.evidence
            switch action {
            case .back: dialog.step = .justify
            case .moveUp: dialog.evidenceCursor = max(0, dialog.evidenceCursor - 1)
            case .moveDown: dialog.evidenceCursor = min(max(0, indices.count - 1), dialog.evidenceCursor + 1)
            case .toggleMark:
                guard dialog.evidenceCursor < indices.count else { break }
                let id = indices[dialog.evidenceCursor].id
                if let position = dialog.evidence.firstIndex(of: id) { dialog.evidence.remove(at: position) } else { dialog.evidence.append(id) }
            case .confirm:
                if let requirement = decision.evidence, !WorkshopState.evidenceSatisfies(dialog.evidence, requirement, indices) {
                    dialog.problem = Strings.dialogEvidenceMissing
                } else {
                    workshop.save(dialog, decision: decision, lang: lang, effects: &effects)
                    finishDialog(workshop)
                    return
                }
            default: break
            }
        }
        modal = .decision(dialog)
    }

    /// The decision is taken: the dialog closes; the footer says « enregistrée » only once the
    /// journal write says so (``journalWritten(through:failure:)``), never before.
    private mutating func finishDialog(_ workshop: WorkshopState) {
        self.workshop = workshop
        modal = nil
        status = journal.readOnly ? Strings.journalReadOnlyDecision(lang) : nil
    }
}

extension WorkshopState {
    /// Whether the named indices meet the guard-rail: enough of them, from enough distinct domains.
    static func evidenceSatisfies(_ named: [String], _ requirement: EvidenceRequirement, _ indices: [EvidenceIndex]) -> Bool {
        let chosen = indices.filter { named.contains($0.id) }
        return chosen.count >= requirement.count && Set(chosen.map(\.domain)).count >= requirement.domains
    }

    /// Records the decision the dialog holds.
    mutating func save(_ dialog: DecisionDialog, decision: Decision, lang: Lang, effects: inout [ConsoleEffect]) {
        let text = dialog.justification.trimmingCharacters(in: .whitespaces)
        let record = decisionRecord(claimant: dialog.claimant, decision: decision, justification: text, evidence: dialog.evidence, lang: lang)
        self.record(SessionEntry(kind: .decisionTaken, day: day, decision: record), effects: &effects)
    }
}
