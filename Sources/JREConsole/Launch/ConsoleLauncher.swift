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
    public var day: Int?

    public init(library: ScenarioLibrary, lang: Lang, ascii: Bool, scenario: Simulation?, day: Int?) {
        self.library = library
        self.lang = lang
        self.ascii = ascii
        self.scenario = scenario
        self.day = day
    }
}

/// Starts the console on a real terminal and returns the process exit code.
public enum ConsoleLauncher {
    public static func run(_ launch: ConsoleLaunch) -> Int32 {
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend()
        } catch {
            FileHandle.standardError.write(Data((Strings.consoleNoTerminal.format(launch.lang, error.message(launch.lang)) + "\n").utf8))
            return 2
        }
        var state = AppState(lang: launch.lang, picker: PickerState.load(from: launch.library, lang: launch.lang),
                             width: backend.size.width, height: backend.size.height)
        if let simulation = launch.scenario { state.open(simulation, day: launch.day) }
        var program = ConsoleProgram(state: state)
        let loop = ConsoleLoop(glyphs: Glyphs.forEnvironment(ascii: launch.ascii))
        do {
            try loop.run(&program, on: backend)
        } catch {
            return 1
        }
        return 0
    }
}
