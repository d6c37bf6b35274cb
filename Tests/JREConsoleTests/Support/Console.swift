import Foundation
import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText
import JREBundledScenarios

/// The bundled scenarios as the console's picker sees them, loaded once per language, and
/// helpers to build a console state the way a user reaches it.
enum Console {
    static let library = ScenarioLibrary(bundled: BundledScenarios.files, models: BundledScenarios.models)
    static let pickerFR = PickerState.load(from: library, lang: .fr)
    static let pickerEN = PickerState.load(from: library, lang: .en)

    static func picker(_ lang: Lang) -> PickerState { lang == .fr ? pickerFR : pickerEN }

    /// The console on the scenario picker, as `jre-console` starts.
    static func atPicker(lang: Lang = .fr, width: Int = 80, height: Int = 24) -> AppState {
        AppState(lang: lang, picker: picker(lang), width: width, height: height)
    }

    /// A bundled scenario's simulation.
    static func simulation(_ reference: String, lang: Lang = .fr, sourceLocation: SourceLocation = #_sourceLocation) throws -> Simulation {
        try #require(picker(lang).entries.first { $0.reference == reference }?.simulation,
                     "bundled scenario \(reference) did not load", sourceLocation: sourceLocation)
    }

    /// The console opened on a scenario's board at `day`, as `jre-console run SCENARIO --day N` does.
    static func onBoard(_ reference: String = "portefeuille", day: Int = 1, lang: Lang = .fr, width: Int = 80, height: Int = 24,
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> AppState {
        var state = atPicker(lang: lang, width: width, height: height)
        state.open(try simulation(reference, lang: lang, sourceLocation: sourceLocation), day: day)
        return state
    }
}

extension AppState {
    /// Presses keys one after the other; returns the effects they asked for, in order.
    @discardableResult
    mutating func press(_ keys: Key...) -> [ConsoleEffect] {
        keys.flatMap { handle(.key($0)) }
    }

    /// Presses the same key `count` times; returns the effects asked for.
    @discardableResult
    mutating func press(_ key: Key, times count: Int) -> [ConsoleEffect] {
        (0..<count).flatMap { _ in handle(.key(key)) }
    }

    /// Types text character by character; returns the effects asked for.
    @discardableResult
    mutating func type(_ text: String) -> [ConsoleEffect] {
        text.flatMap { handle(.key(.char($0))) }
    }

    /// The decision dialog, while it is open (or under the quit question).
    var dialog: DecisionDialog? { modal?.dialog }

    /// Moves the board selection down (j) from the top until `name` is selected; records an
    /// issue when it never is.
    mutating func selectOnBoard(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        press(.home)
        for _ in 0..<200 {
            if selectedName == name { return }
            press(.char("j"))
        }
        if selectedName != name {
            Issue.record("\(name) is not on the board", sourceLocation: sourceLocation)
        }
    }

    /// The screen as drawn (Unicode glyphs unless told).
    func grid(_ glyphs: Glyphs = .unicode) -> CellGrid { ScreenRenderer.render(self, glyphs: glyphs) }

    /// The screen as plain text.
    func text(_ glyphs: Glyphs = .unicode) -> String { grid(glyphs).plainText() }

    /// The screen's lines.
    func lines(_ glyphs: Glyphs = .unicode) -> [String] {
        text(glyphs).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The name of the claimant selected on the board, if a scenario is open.
    var selectedName: String? { workshop.map { $0.scenario.claimants[$0.selectedClaimant].name } }

    /// The clock day, if a scenario is open.
    var day: Int? { workshop?.day }

    /// The text of the line the hardware cursor stands on (what a braille display follows).
    var cursorLine: String? {
        let grid = grid()
        guard let cursor = grid.cursor else { return nil }
        let lines = grid.plainText().split(separator: "\n", omittingEmptySubsequences: false)
        return cursor.row < lines.count ? String(lines[cursor.row]) : nil
    }
}

extension String {
    /// How many times `needle` occurs.
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}
