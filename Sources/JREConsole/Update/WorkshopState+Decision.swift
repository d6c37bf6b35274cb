import Foundation
import JRECore
import JREText
import JRETerminal

extension WorkshopState {
    /// Keys while the decision dialog is open: choose, justify, name indices, confirm or go back.
    mutating func handleDialogKey(_ key: Key, lang: Lang) {
        guard var dialog else { return }
        let decisions = ruleset.decisions
        guard !decisions.isEmpty else {
            self.dialog = nil
            dialogStatus = Strings.dialogNoDecisions
            return
        }
        dialog.problem = nil
        let decision = decisions[min(dialog.selection, decisions.count - 1)]
        switch dialog.step {
        case .choose:
            switch key {
            case .up, .char("k"): dialog.selection = max(0, dialog.selection - 1)
            case .down, .char("j"): dialog.selection = min(decisions.count - 1, dialog.selection + 1)
            case .escape:
                self.dialog = nil
                return
            case .enter:
                dialog.step = .justify
            default: break
            }
        case .justify:
            switch key {
            case .escape: dialog.step = .choose
            case .backspace: if !dialog.justification.isEmpty { dialog.justification.removeLast() }
            case .enter:
                let text = dialog.justification.trimmingCharacters(in: .whitespaces)
                if decision.justification == .required && text.isEmpty {
                    dialog.problem = Strings.dialogJustificationRequired
                } else if decision.evidence != nil && !ruleset.evidence.isEmpty {
                    dialog.step = .evidence
                } else {
                    save(dialog, decision: decision, lang: lang)
                    return
                }
            case .char(let character) where dialog.justification.count < 280:
                dialog.justification.append(character)
            default: break
            }
        case .evidence:
            let indices = ruleset.evidence
            switch key {
            case .escape: dialog.step = .justify
            case .up, .char("k"): dialog.evidenceCursor = max(0, dialog.evidenceCursor - 1)
            case .down, .char("j"): dialog.evidenceCursor = min(max(0, indices.count - 1), dialog.evidenceCursor + 1)
            case .char(" "), .char("x"):
                guard dialog.evidenceCursor < indices.count else { break }
                let id = indices[dialog.evidenceCursor].id
                if let position = dialog.evidence.firstIndex(of: id) { dialog.evidence.remove(at: position) } else { dialog.evidence.append(id) }
            case .enter:
                if let requirement = decision.evidence, !Self.evidenceSatisfies(dialog.evidence, requirement, indices) {
                    dialog.problem = Strings.dialogEvidenceMissing
                } else {
                    save(dialog, decision: decision, lang: lang)
                    return
                }
            default: break
            }
        }
        self.dialog = dialog
    }

    /// Whether the named indices meet the guard-rail: enough of them, from enough distinct domains.
    static func evidenceSatisfies(_ named: [String], _ requirement: EvidenceRequirement, _ indices: [EvidenceIndex]) -> Bool {
        let chosen = indices.filter { named.contains($0.id) }
        return chosen.count >= requirement.count && Set(chosen.map(\.domain)).count >= requirement.domains
    }

    private mutating func save(_ dialog: DecisionDialog, decision: Decision, lang: Lang) {
        let text = dialog.justification.trimmingCharacters(in: .whitespaces)
        let record = decisionRecord(claimant: dialog.claimant, decision: decision, justification: text, evidence: dialog.evidence, lang: lang)
        self.record(SessionEntry(kind: .decisionTaken, day: day, decision: record))
        self.dialog = nil
        dialogStatus = Strings.dialogSaved
    }
}
