import JRECore

/// The picker: choose a scenario and open it.
extension AppState {
    mutating func performOnPicker(_ action: ConsoleAction, effects: inout [ConsoleEffect]) {
        let count = picker.entries.count
        guard count > 0 else { return }
        switch action {
        case .moveUp: picker.selection = max(0, picker.selection - 1)
        case .moveDown: picker.selection = min(count - 1, picker.selection + 1)
        case .moveTop, .pageUp: picker.selection = 0
        case .moveBottom, .pageDown: picker.selection = count - 1
        case .open:
            let entry = picker.entries[picker.selection]
            guard let simulation = entry.simulation else {
                status = entry.problem
                return
            }
            effects += open(simulation, day: nil, reference: entry.reference)
        default: break
        }
    }
}
