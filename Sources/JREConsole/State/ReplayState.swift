import JRECore

/// Re-stepping a recorded session for a facilitator preparing a debrief: one entry per interval.
public struct ReplayState: Sendable {
    public var entries: [SessionEntry]
    public var position = 0
    /// Seconds between two steps.
    public var interval: Double
    public var paused = false
    var lastStep: ContinuousClock.Instant?

    public init(entries: [SessionEntry], interval: Double) {
        self.entries = entries.filter { $0.kind != .opened }
        self.interval = max(0.05, interval)
    }

    public var isDone: Bool { position >= entries.count }
}

extension AppState {
    /// Applies the next recorded entry when its time has come (time is injected by the program).
    public mutating func stepReplay(now: ContinuousClock.Instant) {
        guard var replay, !replay.paused, !replay.isDone, var workshop else { return }
        if let last = replay.lastStep, now - last < .milliseconds(Int64(replay.interval * 1000)) { return }
        replay.lastStep = now
        let entry = replay.entries[replay.position]
        replay.position += 1
        switch entry.kind {
        case .clockMoved:
            if let day = entry.day {
                let forward = day > workshop.day
                if forward {
                    // Each step forward shows the checkpoint it reached, or none.
                    if case .checkpoint? = modal { modal = nil }
                    if let reached = workshop.scenario.checkpoints.first(where: { $0.day > workshop.day && $0.day <= day }) { modal = .checkpoint(reached) }
                }
                workshop.moveClockSilently(to: day)
            }
        case .thresholdChanged:
            if let name = entry.parameter, let value = entry.value, let index = workshop.ruleset.parameterIndex(name),
               workshop.ruleset.parameters[index].accepts(value) {
                var values = workshop.parameters
                values[index] = value
                workshop.apply(values)
            }
        case .thresholdsReset:
            workshop.apply(workshop.simulation.startingParameters)
        case .rulesetSwitched:
            if let id = entry.ruleset, let other = workshop.rulesets.first(where: { $0.ruleset.id == id }) {
                workshop = workshop.switched(to: other)
            }
        case .decisionTaken:
            if let decision = entry.decision, let index = workshop.scenario.claimants.firstIndex(where: { $0.id == decision.claimant }) {
                workshop.selectedClaimant = index
                workshop.selectedRowHint = nil
                if let day = Optional(decision.day), day != workshop.day { workshop.moveClockSilently(to: day) }
            }
        case .opened:
            break
        }
        workshop.session.apply(entry)
        self.workshop = workshop
        self.replay = replay
    }
}
