import Foundation
import Testing
import JRETestSupport
import JRECore
import JREConsole
import JREKiosk
import JRETerminal
import JREText

/// Key mashing: half a million random keys, cut escape sequences, resizes, clicks, bursts,
/// signals and uneven time through the kiosk, and through every console screen. Nothing may
/// crash, the kiosk may never end, and the state must stay valid after every event.
@Suite(.tags(.slow)) struct KioskMashingSlowTests {
    /// Events per kiosk run; the four seeds make 500,000 (`JRE_KIOSK_MASH_EVENTS` overrides it: a
    /// million took 317 s of CPU, half of `swift test`, near its 7-minute budget on two cores).
    static let eventsPerRun = ProcessInfo.processInfo.environment["JRE_KIOSK_MASH_EVENTS"].flatMap { Int($0) } ?? 125_000
    /// Draw the screen every this many events (and check it).
    static let renderEvery = 2_500

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func halfAMillionRandomEventsNeverEndOrBreakTheKiosk(seed: UInt64) throws {
        var masher = KeyMasher(seed: seed &* 0x5DEE_CE66D)
        var kiosk = KioskDriver()
        var delivered = 0
        var previousKey: Key?
        var visited = Set<String>()
        var stages = Set<GuidedRun.Stage>()
        var size = (100, 30)
        var failures = 0
        while delivered < Self.eventsPerRun {
            let (pause, events) = masher.next()
            kiosk.time.advance(by: pause)
            for var event in events {
                // The one thing a visitor must not type: the operator's exit sequence.
                if event == .key(.ctrl("q")), previousKey == .ctrl("x") { event = .key(.char("w")) }
                if case .key(let key) = event { previousKey = key }
                if case .resize(let width, let height) = event { size = (width, height) }
                kiosk.send(event)
                delivered += 1
                let problems = KioskInvariants.problems(kiosk.kiosk, program: kiosk.program)
                if !problems.isEmpty {
                    failures += 1
                    Issue.record("seed \(seed), event \(delivered) (\(event)): \(problems.joined(separator: "; "))")
                    if failures > 5 { return }
                }
                let state = kiosk.kiosk
                visited.insert("\(state.phase)" + (state.phase == .freePlay ? "/\(state.visitor.keyContext)" : ""))
                if state.phase == .guided, let stage = state.guided?.stage { stages.insert(stage) }
                if delivered % Self.renderEvery == 0 {
                    KioskInvariants.checkDrawable(kiosk.program, width: size.0, height: size.1, glyphs: delivered % (2 * Self.renderEvery) == 0 ? .unicode : .ascii,
                                                  context: "seed \(seed), event \(delivered)")
                }
            }
        }
        #expect(delivered >= Self.eventsPerRun)
        #expect(!kiosk.program.isFinished)
        // The mashing went everywhere a visitor can go.
        for phase in ["welcome", "attract", "guided"] { #expect(visited.contains(phase), "never in \(phase): \(visited.sorted())") }
        for screen in ["picker", "briefing", "board", "lab", "debrief", "compare", "sources", "population"] {
            #expect(visited.contains("freePlay/\(screen)"), "free play never reached \(screen): \(visited.sorted())")
        }
        #expect(stages.isSuperset(of: [.board, .meet, .time, .alert, .decide]), "guided stages reached: \(stages.sorted())")
        let (_, problems) = SessionJournal.read(folder: kiosk.folder.url)
        #expect(problems.isEmpty, "the visitor's journal reads back whole")
        print("kiosk mashing seed \(seed): \(delivered) events, phases \(visited.sorted()), guided stages \(stages.sorted().map(\.rawValue))")
    }

    /// Starting screens of the plain console (the normal mode), each mashed on its own.
    enum Start: String, CaseIterable {
        case picker, briefing, board, file, why, lab, labEntry, debrief, compare, sources, dialog, justification, help, search, tooSmall

        func state() throws -> AppState {
            var state = Console.atPicker(lang: .fr, width: 100, height: 30)
            let simulation = try Console.simulation("portefeuille")
            switch self {
            case .picker: return state
            case .briefing: state.open(simulation, day: nil)
            case .tooSmall:
                state.open(simulation, day: 10)
                state.handle(.resize(width: 40, height: 12))
            default:
                state.open(simulation, day: 22)
            }
            let keys: [Key]
            switch self {
            case .file: keys = [.enter]
            case .why: keys = [.char("w")]
            case .lab: keys = [.char("t")]
            case .labEntry: keys = [.char("t"), .char("4")]
            case .debrief: keys = [.char("b")]
            case .compare: keys = [.char("X")]
            case .sources: keys = [.char("S")]
            case .dialog: keys = [.char("d")]
            case .justification: keys = [.char("d"), .enter, .char("a")]
            case .help: keys = [.char("?")]
            case .search: keys = [.char("/"), .char("a")]
            default: keys = []
            }
            for key in keys { state.handle(.key(key)) }
            return state
        }
    }

    static let eventsPerScreen = 20_000

    @Test(arguments: Start.allCases)
    func everyConsoleScreenSurvivesMashing(start: Start) throws {
        let initial = try start.state()
        var masher = KeyMasher(seed: UInt64(start.rawValue.hashValue & 0xFFFF) | 0x1000)
        var state = initial
        var delivered = 0
        var restarts = 0
        while delivered < Self.eventsPerScreen {
            let (_, events) = masher.next()
            for event in events {
                state.handle(event)
                delivered += 1
                let problems = KioskInvariants.problems(console: state)
                if !problems.isEmpty {
                    Issue.record("\(start.rawValue), event \(delivered) (\(event)): \(problems.joined(separator: "; "))")
                    return
                }
                if delivered % Self.renderEvery == 0 {
                    RenderingRobustnessTests.checkDrawable(state, glyphs: .unicode, context: "\(start.rawValue), event \(delivered)")
                }
                // The console may quit (q, a signal): start again from the same screen.
                if state.isFinished {
                    restarts += 1
                    state = initial
                }
            }
        }
        #expect(delivered >= Self.eventsPerScreen)
        print("console mashing from \(start.rawValue): \(delivered) events, \(restarts) quits")
    }
}

/// What must hold after every event.
enum KioskInvariants {
    static func problems(_ kiosk: KioskState, program: KioskProgram) -> [String] {
        var problems: [String] = []
        if program.isFinished || kiosk.isFinished { problems.append("the kiosk ended") }
        if kiosk.width < 0 || kiosk.height < 0 { problems.append("negative size") }
        switch kiosk.phase {
        case .attract:
            if kiosk.attract.demo.workshop == nil { problems.append("attract loop without a scenario") }
        case .guided:
            if kiosk.guided == nil { problems.append("guided phase without a tour") }
            if kiosk.visitor.workshop == nil { problems.append("guided tour without a scenario") }
            if kiosk.now >= kiosk.deadline { problems.append("visitor phase past its deadline") }
        case .welcome, .freePlay:
            if kiosk.now >= kiosk.deadline { problems.append("visitor phase past its deadline") }
        }
        if kiosk.phase == .attract {
            problems += Self.problems(console: kiosk.attract.demo).map { "demo: " + $0 }
        } else {
            problems += Self.problems(console: kiosk.visitor).map { "visitor: " + $0 }
        }
        if kiosk.visitor.isFinished || Self.asksToQuit(kiosk.visitor) { problems.append("the visitor's console is quitting") }
        if kiosk.attract.demo.isFinished || Self.asksToQuit(kiosk.attract.demo) { problems.append("the demo console is quitting") }
        return problems
    }

    /// Whether the console asks « quit and lose the typed text? ».
    static func asksToQuit(_ state: AppState) -> Bool {
        if case .confirmQuit? = state.modal { return true }
        return false
    }

    /// A console state's indices all point at something.
    static func problems(console state: AppState) -> [String] {
        var problems: [String] = []
        if state.picker.selection < 0 || (state.picker.selection >= state.picker.entries.count && !state.picker.entries.isEmpty) {
            problems.append("picker selection \(state.picker.selection) of \(state.picker.entries.count)")
        }
        if state.width < 0 || state.height < 0 { problems.append("negative console size") }
        if let population = state.population {
            let ruleset = population.ruleset
            if !(0..<max(1, ruleset.parameters.count)).contains(population.selection) { problems.append("population setting \(population.selection)") }
            if !(0..<max(1, population.groupings.count)).contains(population.grouping) { problems.append("population grouping \(population.grouping)") }
            for index in ruleset.parameters.indices where !ruleset.parameters[index].accepts(population.parameters[index]) {
                problems.append("population parameter \(ruleset.parameters[index].id) = \(population.parameters[index]) out of range")
            }
        } else if state.screen == .population {
            problems.append("population screen without a population")
        }
        guard let workshop = state.workshop else {
            if state.screen != .picker, state.screen != .population { problems.append("\(state.screen) without a scenario") }
            return problems
        }
        let simulation = workshop.simulation
        let ruleset = simulation.ruleset
        let claimants = simulation.scenario.claimants.count
        if !(0..<claimants).contains(workshop.selectedClaimant) { problems.append("selected claimant \(workshop.selectedClaimant) of \(claimants)") }
        if !(1...simulation.scenario.days).contains(workshop.day) { problems.append("day \(workshop.day) of \(simulation.scenario.days)") }
        if !(0..<max(1, ruleset.parameters.count)).contains(workshop.labSelection) { problems.append("lab selection \(workshop.labSelection)") }
        // The file's items are every score (levelled, then signals) and every alert.
        if !(0..<max(1, ruleset.scores.count + ruleset.alerts.count)).contains(workshop.fileSelection) { problems.append("file selection \(workshop.fileSelection)") }
        if case .debrief(let debrief) = state.screen, !(0..<claimants).contains(debrief.selection) { problems.append("debrief selection \(debrief.selection)") }
        if workshop.search.count > 40 { problems.append("search of \(workshop.search.count) characters") }
        if let dialog = state.modal?.dialog {
            if !(0..<claimants).contains(dialog.claimant) { problems.append("dialog for claimant \(dialog.claimant)") }
            if !(0..<max(1, ruleset.decisions.count)).contains(dialog.selection) { problems.append("dialog selection \(dialog.selection)") }
            if !(0..<max(1, ruleset.evidence.count)).contains(dialog.evidenceCursor) { problems.append("evidence cursor \(dialog.evidenceCursor)") }
            if dialog.justification.count > 280 { problems.append("justification of \(dialog.justification.count) characters") }
        }
        for index in ruleset.parameters.indices {
            let value = workshop.parameters[index]
            if !ruleset.parameters[index].accepts(value) { problems.append("parameter \(ruleset.parameters[index].id) = \(value) out of range") }
        }
        return problems
    }

    /// Draws the kiosk and checks the grid: its size, a cursor inside, lines that fit.
    static func checkDrawable(_ program: KioskProgram, width: Int, height: Int, glyphs: Glyphs, context: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let grid = program.render(width: width, height: height, glyphs: glyphs)
        guard grid.width == max(0, width), grid.height == max(0, height) else {
            Issue.record("\(context): grid is \(grid.width)×\(grid.height), expected \(width)×\(height)", sourceLocation: sourceLocation)
            return
        }
        if let cursor = grid.cursor, !grid.contains(row: cursor.row, col: cursor.col) {
            Issue.record("\(context): cursor \(cursor) outside the screen", sourceLocation: sourceLocation)
        }
        for (row, line) in grid.plainText().split(separator: "\n", omittingEmptySubsequences: false).enumerated() where DisplayWidth.of(String(line)) > width {
            Issue.record("\(context): row \(row) wider than \(width)", sourceLocation: sourceLocation)
            return
        }
    }
}
