import JREConsole
import JRECore
import JRETerminal
import JREText

/// The guided tour: a fixed sequence — the caseload, meeting a claimant, days passing, the
/// alert lighting up, the visitor's decision, the reveal of the claimant's life — each step
/// with a large caption, the console driven by short scripts between them.
public struct GuidedRun: Sendable {
    /// The steps of the tour, in order.
    public enum Stage: Int, Sendable, CaseIterable, Comparable {
        /// The board of the whole caseload, the claimant selected.
        case board
        /// The claimant's file.
        case meet
        /// Days pass on the clock until the alert's day.
        case time
        /// The alert is on; « Pourquoi ? » shows its computation.
        case alert
        /// The decision dialog, in the visitor's hands.
        case decide
        /// The claimant's hidden context, beside the debrief.
        case reveal
        /// Thanks, and the way to free play.
        case thanks

        public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let plan: GuidedPlan
    public private(set) var stage: Stage = .board
    /// The script playing now, if the console is being driven.
    private var script: KioskScript?
    private var player: KeyScriptPlayer?
    private var played = 0
    /// Decisions in the session when the decide step began.
    private var decisionsBefore = 0

    init(plan: GuidedPlan) {
        self.plan = plan
    }

    /// Whether the tour waits for the visitor (no script playing).
    public var awaitsVisitor: Bool { player == nil && stage != .time }

    /// The number of steps shown to the visitor (« step 2 of 7 »).
    public static var stageCount: Int { Stage.allCases.count }

    /// Sets up `stage` on the visitor's console and starts its script.
    mutating func enter(_ stage: Stage, visitor: inout AppState, catalog: KioskCatalog, scripts: KioskScripts, now: ContinuousClock.Instant, effects: inout [ConsoleEffect]) {
        self.stage = stage
        switch stage {
        case .board:
            guard let simulation = catalog.simulation(plan.scenario) else { return }
            effects += visitor.open(simulation, day: 1, reference: catalog.reference(plan.scenario))
            visitor.workshop?.selectedClaimant = plan.claimant
            visitor.workshop?.selectedRowHint = nil
            play(nil, now: now)
        case .meet: play(scripts.guidedMeet, now: now)
        case .time: play(nextClockScript(visitor, scripts), now: now)
        case .alert: play(scripts.guidedAlert, now: now)
        case .decide:
            decisionsBefore = visitor.workshop?.session.decisions.count ?? 0
            play(scripts.guidedDecide, now: now)
        case .reveal: play(scripts.guidedReveal, now: now)
        case .thanks: play(nil, now: now)
        }
    }

    private mutating func play(_ script: KioskScript?, now: ContinuousClock.Instant) {
        self.script = script
        player = script.map { KeyScriptPlayer($0.script, startingAt: now) }
        played = 0
    }

    /// A day or a week, whichever keeps the walk to the alert's day short.
    private func nextClockScript(_ visitor: AppState, _ scripts: KioskScripts) -> KioskScript {
        let day = visitor.workshop?.day ?? 1
        return plan.alertDay - day >= 7 ? scripts.guidedWeek : scripts.guidedDay
    }

    /// The caption name of the script step on screen, if a script is playing.
    public var scriptCaption: String? {
        guard let script, !script.captions.isEmpty else { return nil }
        return script.captions[min(played, script.captions.count - 1)]
    }

    /// Plays the script steps due by `now` on the visitor's console, and moves on when a step
    /// is done by itself (time reaching the alert's day).
    mutating func advance(to now: ContinuousClock.Instant, visitor: inout AppState, catalog: KioskCatalog, scripts: KioskScripts, effects: inout [ConsoleEffect]) {
        guard var player else { return }
        for event in player.events(dueBy: now) {
            play(event, on: &visitor, effects: &effects)
        }
        self.player = player
        if player.isFinished { scriptFinished(visitor: &visitor, catalog: catalog, scripts: scripts, now: now, effects: &effects) }
    }

    /// Plays the rest of the running script at once, for a visitor who presses Enter while
    /// the console is being driven; time passing runs on to the alert's day.
    mutating func fastForward(visitor: inout AppState, catalog: KioskCatalog, scripts: KioskScripts, now: ContinuousClock.Instant, effects: inout [ConsoleEffect]) {
        for _ in 0..<400 {
            guard var player else { return }
            while let event = player.playNext() { play(event, on: &visitor, effects: &effects) }
            self.player = player
            let stageBefore = stage
            scriptFinished(visitor: &visitor, catalog: catalog, scripts: scripts, now: now, effects: &effects)
            if stageBefore != .time || stage != .time { return }
        }
    }

    private mutating func play(_ event: InputEvent, on visitor: inout AppState, effects: inout [ConsoleEffect]) {
        effects += KioskState.deliver(event, to: &visitor)
        played += 1
        if case .checkpoint? = visitor.modal { visitor.modal = nil }
    }

    /// The running script ended: time passing goes on or reaches the alert; the decision
    /// dialog is open for the visitor.
    private mutating func scriptFinished(visitor: inout AppState, catalog: KioskCatalog, scripts: KioskScripts, now: ContinuousClock.Instant, effects: inout [ConsoleEffect]) {
        player = nil
        switch stage {
        case .time:
            let day = visitor.workshop?.day ?? plan.alertDay
            if day >= plan.alertDay || day >= (visitor.workshop?.scenario.days ?? day) {
                enter(.alert, visitor: &visitor, catalog: catalog, scripts: scripts, now: now, effects: &effects)
            } else {
                play(nextClockScript(visitor, scripts), now: now)
            }
        case .decide:
            reopenDialogIfClosed(&visitor)
        default:
            break
        }
    }

    /// A key from the visitor: Enter or Space moves on when the step waits; in the decide
    /// step the decision dialog gets the keys.
    mutating func handleVisitorKey(_ key: Key, visitor: inout AppState, catalog: KioskCatalog, scripts: KioskScripts, now: ContinuousClock.Instant, effects: inout [ConsoleEffect]) -> Bool {
        guard awaitsVisitor else {
            if KioskKeymap.action(for: key, in: .guided) == .goOn { fastForward(visitor: &visitor, catalog: catalog, scripts: scripts, now: now, effects: &effects) }
            return false
        }
        if stage == .decide {
            if KioskKeymap.withholds(key, by: [.ctrlChords, .functionKeys(except: [])], typing: true) { return false }
            effects += KioskState.deliver(.key(key), to: &visitor)
            if (visitor.workshop?.session.decisions.count ?? 0) > decisionsBefore {
                enter(.reveal, visitor: &visitor, catalog: catalog, scripts: scripts, now: now, effects: &effects)
            } else {
                reopenDialogIfClosed(&visitor)
            }
            return false
        }
        guard KioskKeymap.action(for: key, in: .guided) == .goOn else { return false }
        switch stage {
        case .board: enter(.meet, visitor: &visitor, catalog: catalog, scripts: scripts, now: now, effects: &effects)
        case .meet: enter(.time, visitor: &visitor, catalog: catalog, scripts: scripts, now: now, effects: &effects)
        case .alert: enter(.decide, visitor: &visitor, catalog: catalog, scripts: scripts, now: now, effects: &effects)
        case .reveal: enter(.thanks, visitor: &visitor, catalog: catalog, scripts: scripts, now: now, effects: &effects)
        case .thanks: return true
        case .time, .decide: break
        }
        return false
    }

    /// The visitor closed the dialog without deciding: it opens again on the claimant.
    private func reopenDialogIfClosed(_ visitor: inout AppState) {
        guard var workshop = visitor.workshop, visitor.modal?.dialog == nil else { return }
        if visitor.screen != .board { visitor.screen = .board }
        workshop.why = nil
        workshop.selectedClaimant = plan.claimant
        visitor.workshop = workshop
        visitor.modal = .decision(DecisionDialog(claimant: plan.claimant))
    }

    /// What the visitor wrote to justify their decision on the claimant, if anything.
    public func decisionJustification(in visitor: AppState) -> String? {
        visitor.workshop?.lastDecision(for: plan.claimant)?.justification
    }

    /// The decision the visitor took for the claimant, if any (its label in `lang`).
    public func decisionLabel(in visitor: AppState, lang: Lang) -> String? {
        guard let workshop = visitor.workshop, let record = workshop.lastDecision(for: plan.claimant) else { return nil }
        return workshop.decisionLabel(record.decision, lang: lang)
    }
}
