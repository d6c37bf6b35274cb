import Foundation
import JRECore
import JREText
import JRETerminal

/// What the executable hands the console: where scenarios come from, the language, and what to open.
public struct ConsoleLaunch: Sendable {
    public var library: ScenarioLibrary
    public var lang: Lang
    public var ascii: Bool
    public var scenario: Simulation?
    /// How the scenario was named on the command line (recorded in the session).
    public var reference: String?
    public var day: Int?
    /// `--session DIR`: the session folder (default: one per scenario in the user's data directory).
    public var sessionFolder: String?
    /// `--new-session`: archive the scenario's session and start a new one.
    public var freshSession: Bool
    /// `--read-only`: read and resume the session, never write it.
    public var readOnly = false
    /// A line for the footer once open (damaged journal lines met by `replay`).
    public var notice: String?
    /// `jre-console replay`: the recorded session to re-step, and seconds between steps.
    public var replay: ReplayState?
    /// `jre-console population console`: open on the population screen, with these sizes and rules.
    public var population: PopulationLaunch?

    public init(library: ScenarioLibrary, lang: Lang, ascii: Bool, scenario: Simulation?, reference: String? = nil, day: Int?,
                sessionFolder: String? = nil, freshSession: Bool = false, replay: ReplayState? = nil) {
        self.replay = replay
        self.library = library
        self.lang = lang
        self.ascii = ascii
        self.scenario = scenario
        self.reference = reference
        self.day = day
        self.sessionFolder = sessionFolder
        self.freshSession = freshSession
    }
}

/// The population screen to open on: sizes and seed, the ruleset, and the settings to start from.
public struct PopulationLaunch: Sendable {
    public var sizes: PopulationSizes
    public var ruleset: Ruleset
    public var parameters: ParameterValues

    public init(sizes: PopulationSizes, ruleset: Ruleset, parameters: ParameterValues) {
        self.sizes = sizes
        self.ruleset = ruleset
        self.parameters = parameters
    }
}

/// Starts the console on a real terminal and returns the process exit code.
public enum ConsoleLauncher {
    public static func run(_ launch: ConsoleLaunch) -> Int32 {
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend()
        } catch {
            FileHandle.standardError.write(Data((error.message(launch.lang) + "\n").utf8))
            return 2
        }
        var program = opened(launch, width: backend.size.width, height: backend.size.height)
        // A journal that cannot be written refuses the start: the terminal is given back first, so
        // the one message is read on a normal screen.
        if let refusal = program.state.journal.refusal {
            backend.shutdown()
            FileHandle.standardError.write(Data(("jre-console: " + refusal + "\n").utf8))
            return 2
        }
        let loop = ConsoleLoop(glyphs: Glyphs.forEnvironment(ascii: launch.ascii))
        do {
            try loop.run(&program, on: backend)
        } catch {
            return 1
        }
        return 0
    }

    /// The console program as the launch asks, its scenario and session opened (effects performed),
    /// before any terminal is involved; `state.journal.refusal` says when the session was refused.
    public static func opened(_ launch: ConsoleLaunch, width: Int, height: Int, storage: any JournalStorage = FileJournalStorage()) -> ConsoleProgram {
        var state = AppState(lang: launch.lang, picker: PickerState.load(from: launch.library, lang: launch.lang), width: width, height: height)
        state.replay = launch.replay
        var opening: [ConsoleEffect] = []
        if let simulation = launch.scenario { opening = state.open(simulation, day: launch.day, reference: launch.reference) }
        var program = ConsoleProgram(state: state, sessionFolder: launch.sessionFolder.map { URL(fileURLWithPath: $0) }, freshSession: launch.freshSession,
                                     library: launch.library, readOnly: launch.readOnly, storage: storage)
        if let population = launch.population {
            program.effects.populationSizes = population.sizes
            opening.append(.openPopulation(PopulationOpening(ruleset: population.ruleset, parameters: population.parameters, returnTo: .picker)))
        }
        program.run(opening)
        if let notice = launch.notice { program.state.status = [notice, program.state.status].compactMap { $0 }.joined(separator: " ") }
        // An explicit --day wins over the day the session had reached (without pausing on a checkpoint).
        if launch.replay == nil, let day = launch.day, var workshop = program.state.workshop, workshop.day != day {
            var moved: [ConsoleEffect] = []
            workshop.moveClock(to: day, effects: &moved)
            program.state.workshop = workshop
            program.run(moved)
        }
        return program
    }
}
