import JRECore
import JRETerminal

extension AppState {
    /// The threshold lab: pick a parameter, move it, type a value, reset; the board recomputes at once.
    mutating func performOnLab(_ action: ConsoleAction, effects: inout [ConsoleEffect]) {
        guard var workshop else { return }
        let count = workshop.ruleset.parameters.count
        switch action {
        case .back:
            screen = .board
        case .moveUp where count > 0:
            workshop.labSelection = max(0, workshop.labSelection - 1)
        case .moveDown where count > 0:
            workshop.labSelection = min(count - 1, workshop.labSelection + 1)
        case .increase, .decrease:
            guard count > 0 else { break }
            let index = workshop.labSelection
            let parameter = workshop.ruleset.parameters[index]
            let step = parameter.step > 0 ? parameter.step : 1
            let target = workshop.parameters[index] + (action == .increase ? step : -step)
            _ = workshop.setParameter(index, to: min(parameter.max, max(parameter.min, target)), effects: &effects)
        case .resetOne:
            guard count > 0 else { break }
            let index = workshop.labSelection
            _ = workshop.setParameter(index, to: workshop.simulation.startingParameters[index], effects: &effects)
        case .resetAll:
            workshop.resetParameters(effects: &effects)
        case .nextClaimant, .previousClaimant:
            let total = workshop.scenario.claimants.count
            workshop.selectedClaimant = (workshop.selectedClaimant + (action == .nextClaimant ? 1 : total - 1)) % total
            workshop.selectedRowHint = nil
        case .nextDay, .previousDay, .nextWeek, .previousWeek:
            if let reached = workshop.perform(action, pageSize: 1, wide: true, effects: &effects) { modal = .checkpoint(reached) }
        case .insert(let digit):
            // A digit starts typing the selected setting's value.
            modal = .labEntry(String(digit))
        case .openDebrief:
            screen = .debrief(DebriefScreen(selection: workshop.selectedClaimant))
        default:
            break
        }
        self.workshop = workshop
    }
}

extension AppState {
    /// Typing a value in the lab: digits (and . or ,) then Enter; out of range is refused with a message.
    mutating func performInLabEntry(_ action: ConsoleAction, entry: String, effects: inout [ConsoleEffect]) {
        switch action {
        case .confirm:
            modal = nil
            guard var workshop else { return }
            let index = workshop.labSelection
            if let value = DurationValue.parse(entry), index < workshop.ruleset.parameters.count {
                workshop.labProblem = workshop.setParameter(index, to: value, effects: &effects) ? nil : entry
            } else {
                workshop.labProblem = entry
            }
            self.workshop = workshop
        case .back: modal = nil
        case .deleteBackward: modal = .labEntry(String(entry.dropLast()))
        case .insert(let character) where entry.count < 8: modal = .labEntry(entry + String(character))
        default: break
        }
    }
}
