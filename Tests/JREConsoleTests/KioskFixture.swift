import Foundation
import Testing
import JRECore
import JREConsole
import JREKiosk
import JRETerminal
import JREText
import JREBundledScenarios

/// A kiosk built as `jre-console kiosk` builds it, on a manual clock, with helpers to press
/// keys and let time pass.
enum KioskFixture {
    static let library = ScenarioLibrary(bundled: BundledScenarios.files)
    /// Every bundled scenario (the default), loaded once.
    static let catalog: KioskCatalog = {
        do throws(KioskError) {
            return try KioskCatalog.load(library: library, references: [], lang: .fr)
        } catch {
            fatalError("the bundled scenarios do not load for the kiosk: \(error.message(.en))")
        }
    }()
    static let scripts: KioskScripts = {
        do throws(KioskError) {
            return try KioskScripts.builtIn()
        } catch {
            fatalError("a built-in kiosk script does not parse: \(error.message(.en))")
        }
    }()

    static func configuration(idle: Duration = .seconds(90), lang: Lang = .fr) -> KioskConfiguration {
        KioskConfiguration(idleTimeout: idle, lang: lang, scripts: scripts)
    }

    /// A fresh, empty session folder (removed when the returned value is released).
    final class Folder {
        let url: URL
        init() {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("jre-kiosk-\(UUID().uuidString)")
        }
        deinit { try? FileManager.default.removeItem(at: url) }
        var journal: URL { url.appendingPathComponent(SessionJournal.fileName) }
        var hasJournal: Bool { FileManager.default.fileExists(atPath: journal.path) }
    }
}

/// A kiosk program with its clock, driven like the run loop drives it.
struct KioskDriver {
    let time: ManualTime
    let folder: KioskFixture.Folder
    var program: KioskProgram

    init(idle: Duration = .seconds(90), lang: Lang = .fr, width: Int = 100, height: Int = 30, catalog: KioskCatalog = KioskFixture.catalog) {
        time = ManualTime()
        folder = KioskFixture.Folder()
        let state = KioskState(configuration: KioskFixture.configuration(idle: idle, lang: lang), catalog: catalog,
                               width: width, height: height, now: time.now)
        // Small populations evaluated inline: a visitor's `m` and `F` stay quick and deterministic.
        program = KioskProgram(state: state, sessionFolder: folder.url, library: KioskFixture.library,
                               populationSizes: PopulationSizes(sample: 400, full: 1_000), populationMode: .inline)
    }

    var kiosk: KioskState { program.kiosk }

    mutating func send(_ event: InputEvent) {
        program.handle(event, at: time.now)
    }

    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { send(.key(.char(character))) }
    }

    /// Lets `duration` pass in ticks of `step`, as the run loop's read timeout does.
    mutating func wait(_ duration: Duration, step: Duration = .milliseconds(200)) {
        let end = time.now.advanced(by: duration)
        while time.now < end {
            time.advance(by: min(step, end - time.now))
            send(.tick)
        }
    }

    /// Ticks until `condition` holds, at most `limit` of simulated time; records an issue if never.
    mutating func wait(upTo limit: Duration = .seconds(120), sourceLocation: SourceLocation = #_sourceLocation,
                       until condition: (KioskState) -> Bool) {
        let end = time.now.advanced(by: limit)
        while !condition(kiosk) {
            guard time.now < end else {
                Issue.record("the condition never held in \(limit) of kiosk time", sourceLocation: sourceLocation)
                return
            }
            time.advance(by: .milliseconds(200))
            send(.tick)
        }
    }

    /// The screen as text.
    func text(width: Int = 100, height: Int = 30, glyphs: Glyphs = .unicode) -> String {
        program.render(width: width, height: height, glyphs: glyphs).plainText()
    }

    /// From the start-up disclaimer to a visitor's guided tour on its first step.
    mutating func startGuidedTour() {
        press(.enter)
    }
}


/// What a visitor's hands (and a flaky terminal) can produce: keys, escape sequences cut
/// anywhere, resizes, clicks, bursts, signals, and time passing unevenly.
struct KeyMasher {
    var random: SplitMix64
    private let codes = KeyCodes.ncurses

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    static let named: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .escape, .tab, .backTab, .backspace, .delete, .insert]
    static let printable: [Character] = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~éèàçœÉ€£°§µ中文👍🏽e\u{301}\u{200B}\u{FEFF}")
    static let ctrl: [Character] = Array("abcdefghijklmnopqrstuvwxyz@[\\]^_")
    /// Sequences terminals send (arrows, function keys, modifiers, mouse, paste, titles).
    static let sequences: [String] = [
        "\u{1b}[A", "\u{1b}[B", "\u{1b}[1;5C", "\u{1b}[1;2D", "\u{1b}OP", "\u{1b}OQ", "\u{1b}[15~", "\u{1b}[24~", "\u{1b}[3~",
        "\u{1b}[200~bonjour\u{1b}[201~", "\u{1b}[<0;10;5M", "\u{1b}[<64;3;3M", "\u{1b}[M !!", "\u{1b}]0;titre\u{7}", "\u{1b}P+q544e\u{1b}\\",
        "\u{1b}\u{1b}[A", "\u{1b}[?1049h", "\u{1b}c", "\u{1b}[6n", "\u{1b}[99;99R", "\u{1b}x", "\u{1b}q", "\u{1b}\u{3}",
    ]

    mutating func key() -> Key {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<55: return .char(Self.printable.randomElement(using: &random)!)
        case 55..<75: return Self.named.randomElement(using: &random)!
        case 75..<90: return .ctrl(Self.ctrl.randomElement(using: &random)!)
        default: return .function(Int.random(in: 1...63, using: &random))
        }
    }

    /// A terminal sequence, possibly cut short, as the decoder turns its bytes into events.
    mutating func sequence() -> [InputEvent] {
        let text = Array(Self.sequences.randomElement(using: &random)!.unicodeScalars)
        let cut = Bool.random(using: &random) ? Int.random(in: 1...text.count, using: &random) : text.count
        return text.prefix(cut).compactMap { scalar in
            if case .event(let event) = KeyDecoder.decode(.character(scalar.value), codes: codes) { return event }
            return nil
        }
    }

    /// A raw key code, known or not, through the decoder.
    mutating func keyCode() -> InputEvent? {
        let code = Bool.random(using: &random) ? Int32.random(in: 0o400...0o777, using: &random) : Int32.random(in: Int32.min...Int32.max, using: &random)
        if case .event(let event) = KeyDecoder.decode(.keyCode(code), codes: codes) { return event }
        return nil
    }

    mutating func size() -> (Int, Int) {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return (0, 0)
        case 1: return (Int.random(in: 1...59, using: &random), Int.random(in: 1...19, using: &random))
        case 2: return (Int.random(in: 200...400, using: &random), Int.random(in: 60...120, using: &random))
        case 3: return (60, 20)
        default: return (Int.random(in: 60...160, using: &random), Int.random(in: 20...50, using: &random))
        }
    }

    /// The next batch of events and how much time passes before it.
    mutating func next() -> (pause: Duration, events: [InputEvent]) {
        let roll = Int.random(in: 0..<10_000, using: &random)
        var pause = Duration.milliseconds(Int64.random(in: 0...60, using: &random))
        var events: [InputEvent]
        switch roll {
        case 0..<6_000: events = [.key(key())]
        case 6_000..<7_400: events = sequence()
        case 7_400..<7_600: events = keyCode().map { [$0] } ?? []
        case 7_600..<7_900:
            let (width, height) = size()
            events = [.resize(width: width, height: height)]
        case 7_900..<8_300:
            let action = [MouseAction.click, .wheelUp, .wheelDown].randomElement(using: &random)!
            events = [.mouse(row: Int.random(in: -3...60, using: &random), col: Int.random(in: -3...200, using: &random), action)]
        case 8_300..<8_700:
            // A burst: a key held down, or a palm on the keyboard.
            let count = Int.random(in: 10...150, using: &random)
            if Bool.random(using: &random) {
                events = Array(repeating: .key(key()), count: count)
            } else {
                events = (0..<count).map { _ in .key(key()) }
            }
            pause = .zero
        case 8_700..<9_900:
            events = [.tick]
            pause = .milliseconds(200)
        case 9_900..<9_990:
            events = [[.signal(.interrupt)], [.signal(.hangup)], [.inputClosed]].randomElement(using: &random)!
        default:
            // Nobody for a while: sometimes long enough for the idle reset.
            events = [.tick]
            pause = .seconds(Int64.random(in: 20...150, using: &random))
        }
        return (pause, events)
    }
}
