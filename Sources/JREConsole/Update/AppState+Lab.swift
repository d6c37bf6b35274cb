import JRECore
import JRETerminal

extension AppState {
    /// The threshold lab: pick a parameter, move it, type a value, reset; the board recomputes at once.
    mutating func performOnLab(_ action: ConsoleAction) {
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
            _ = workshop.setParameter(index, to: min(parameter.max, max(parameter.min, target)))
        case .resetOne:
            guard count > 0 else { break }
            let index = workshop.labSelection
            _ = workshop.setParameter(index, to: workshop.simulation.startingParameters[index])
        case .resetAll:
            workshop.resetParameters()
        case .nextClaimant, .previousClaimant:
            let total = workshop.scenario.claimants.count
            workshop.selectedClaimant = (workshop.selectedClaimant + (action == .nextClaimant ? 1 : total - 1)) % total
            workshop.selectedRowHint = nil
        case .nextDay, .previousDay, .nextWeek, .previousWeek:
            workshop.perform(action, pageSize: 1, wide: true)
        case .openDebrief:
            workshop.debriefSelection = workshop.selectedClaimant
            screen = .debrief
        default:
            break
        }
        self.workshop = workshop
    }

    /// The debrief screen: move between claimants, scroll, go back.
    mutating func performOnDebrief(_ action: ConsoleAction) {
        guard var workshop else { return }
        let total = workshop.scenario.claimants.count
        switch action {
        case .back: screen = .board
        case .moveUp: workshop.debriefSelection = max(0, workshop.debriefSelection - 1); workshop.debriefScroll = 0
        case .moveDown: workshop.debriefSelection = min(total - 1, workshop.debriefSelection + 1); workshop.debriefScroll = 0
        case .moveTop: workshop.debriefSelection = 0; workshop.debriefScroll = 0
        case .moveBottom: workshop.debriefSelection = total - 1; workshop.debriefScroll = 0
        case .pageDown: workshop.debriefScroll += max(1, height / 2)
        case .pageUp: workshop.debriefScroll = max(0, workshop.debriefScroll - max(1, height / 2))
        default: break
        }
        self.workshop = workshop
    }
}

extension WorkshopState {
    /// Typing a value in the lab: digits (and . or ,) then Enter; out of range is refused with a message.
    mutating func handleLabEntry(_ key: Key) -> Bool {
        guard let entry = labEntry else {
            if case .char(let character) = key, character.isNumber {
                labEntry = String(character)
                return true
            }
            return false
        }
        switch key {
        case .enter:
            labEntry = nil
            let index = labSelection
            guard let value = DurationValue.parse(entry), index < ruleset.parameters.count else {
                labProblem = entry
                return true
            }
            labProblem = setParameter(index, to: value) ? nil : entry
        case .escape: labEntry = nil
        case .backspace: labEntry = String(entry.dropLast())
        case .char(let character) where (character.isNumber || character == "." || character == ",") && entry.count < 8:
            labEntry = entry + String(character)
        default: break
        }
        return true
    }
}

extension AppState {
    /// The compare and sources screens: scroll, clock (compare), switch ruleset, back.
    mutating func performOnList(_ action: ConsoleAction) {
        guard var workshop else { return }
        switch action {
        case .back: screen = .board
        case .moveUp: workshop.listScroll = max(0, workshop.listScroll - 1)
        case .moveDown: workshop.listScroll += 1
        case .pageUp: workshop.listScroll = max(0, workshop.listScroll - max(1, height - 6))
        case .pageDown: workshop.listScroll += max(1, height - 6)
        case .nextDay, .previousDay: workshop.perform(action, pageSize: 1, wide: true)
        case .switchRuleset:
            if let next = workshop.nextRuleset { workshop = workshop.switched(to: next) }
        default: break
        }
        self.workshop = workshop
    }
}
