import Foundation
import Testing
import JRECore
import JREConsole
import JREKiosk
import JRETerminal
import JREText

/// The operator's settings and the built-in scripts: read at start-up, refused with a clear
/// message when wrong.
@Suite struct KioskConfigurationTests {
    @Test func theDefaultExitKeysAreCtrlXThenCtrlQ() throws {
        let sequence = try ExitKeySequence(parsing: ExitKeySequence.defaultText)
        #expect(sequence.keys == [.ctrl("x"), .ctrl("q")])
    }

    @Test func exitKeysUseTheKeyScriptNames() throws {
        #expect(try ExitKeySequence(parsing: "F12 F12 Enter").keys == [.function(12), .function(12), .enter])
        #expect(try ExitKeySequence(parsing: "Alt-x q").keys == [.escape, .char("x"), .char("q")])
    }

    @Test func aMisspeltExitKeyIsRefusedWithASuggestion() {
        #expect(throws: KioskError.self) { try ExitKeySequence(parsing: "Ctrl-X Entr") }
        do throws(KioskError) {
            _ = try ExitKeySequence(parsing: "Ctrl-X Entr", lang: .en)
        } catch {
            let message = error.message(.en)
            #expect(message.contains("--exit-keys 'Ctrl-X Entr'"))
            #expect(message.contains("Enter"), "suggests the right name: \(message)")
        }
    }

    @Test(arguments: ["Ctrl-X", "", "Resize 80x24", "Tick Tick"])
    func exitKeysMustBeAtLeastTwoKeys(text: String) {
        #expect(throws: KioskError.self) { try ExitKeySequence(parsing: text) }
    }

    @Test(arguments: [5.0, 9.9, 86_401, .nan, .infinity, -90])
    func anIdleTimeOutOfRangeIsRefused(seconds: Double) {
        #expect(throws: KioskError.self) {
            try KioskConfiguration.idleTimeout(seconds: seconds)
        }
    }

    @Test func theBuiltInScriptsParseAndOnlyPlayKeys() throws {
        let scripts = try KioskScripts.builtIn()
        for script in [scripts.attract, scripts.guidedMeet, scripts.guidedDay, scripts.guidedWeek, scripts.guidedAlert, scripts.guidedDecide, scripts.guidedReveal] {
            #expect(!script.script.steps.isEmpty, "\(script.name)")
            for step in script.script.steps {
                guard case .key(let key) = step.event else {
                    Issue.record("\(script.name) line \(step.line) plays \(step.event)")
                    continue
                }
                #expect(key != .char("q"))
            }
        }
        #expect(scripts.attract.captions.first == "board")
        #expect(Set(scripts.attract.captions.compactMap { $0 }) == Set(KioskCaptions.table.keys))
    }

    @Test func aBadKeyInAScriptIsAClearErrorWithItsLine() {
        do throws(KioskError) {
            _ = try KioskScripts.builtIn(attract: "# caption: board\n500 Down\n300 Entr\n", lang: .en)
            Issue.record("the script was accepted")
        } catch {
            let message = error.message(.en)
            #expect(message.contains("attract"))
            #expect(message.contains("line 3"))
            #expect(message.contains("Enter"), "did you mean: \(message)")
            #expect(message.contains("^^^^"), "a marker under the fault: \(message)")
        }
    }

    @Test func anUnknownCaptionIsAClearErrorWithASuggestion() {
        do throws(KioskError) {
            _ = try KioskScripts.builtIn(attract: "# caption: boad\n500 Down\n", lang: .en)
            Issue.record("the script was accepted")
        } catch {
            let message = error.message(.en)
            #expect(message.contains("line 1"))
            #expect(message.contains("'boad'"))
            #expect(message.contains("board"))
        }
    }

    @Test(arguments: ["500 q", "500 Ctrl-C", "500 Signal TERM", "500 Close", "500 Resize 80x24", "# nothing\n"])
    func aScriptThatCouldQuitOrHasNoKeyIsRefused(text: String) {
        #expect(throws: KioskError.self) { try KioskScripts.builtIn(attract: text) }
    }

    @Test func namedScenariosThatDoNotExistStopTheKioskWithTheirName() {
        do throws(KioskError) {
            _ = try KioskCatalog.load(library: KioskFixture.library, references: ["portefeuille", "portefeuile"], lang: .en)
            Issue.record("the catalog loaded")
        } catch {
            #expect(error.message(.en).contains("'portefeuile'"))
        }
    }

    @Test func theCatalogShowsOnlyTheNamedScenariosInOrder() throws {
        let catalog = try KioskCatalog.load(library: KioskFixture.library, references: ["aidante", "portefeuille"], lang: .fr)
        #expect(catalog.picker.entries.map(\.reference) == ["aidante", "portefeuille"])
    }
}

/// The kiosk's terminal: it waits for a terminal that went away and carries on when it is back.
@Suite struct KioskBackendTests {
    /// Opens memory terminals from a list; an error stands for « no terminal yet ».
    final class Terminals {
        var results: [Result<MemoryBackend, TerminalError>]
        var opened: [MemoryBackend] = []
        init(_ results: [Result<MemoryBackend, TerminalError>]) { self.results = results }
        func open() throws -> any TerminalBackend {
            let result = results.isEmpty ? .failure(.notATerminal) : results.removeFirst()
            let backend = try result.get()
            opened.append(backend)
            return backend
        }
    }

    @Test func whenTheInputClosesItKeepsTickingThenReopensTheTerminal() throws {
        let first = MemoryBackend(width: 80, height: 24, events: [.key(.char("a")), .inputClosed])
        let second = MemoryBackend(width: 100, height: 30, events: [.key(.char("b"))], whenExhausted: .tick)
        let terminals = Terminals([.success(first), .failure(.notATerminal), .failure(.cannotOpen("/dev/tty1")), .success(second)])
        let time = ManualTime()
        let backend = try KioskBackend(retryDelay: .seconds(1), pause: { time.advance(by: $0) }, clock: { time.now }, open: terminals.open)
        #expect(backend.nextEvent(timeoutMilliseconds: 200) == .key(.char("a")))
        #expect(backend.nextEvent(timeoutMilliseconds: 200) == .tick, "the input went away: a tick, not the end")
        #expect(first.shutdownCount == 1)
        #expect(!backend.isConnected)
        var events: [InputEvent] = []
        for _ in 0..<200 where backend.reopenCount == 0 {
            events.append(backend.nextEvent(timeoutMilliseconds: 200))
        }
        #expect(backend.reopenCount == 1)
        #expect(events.last == .resize(width: 100, height: 30), "the reopened terminal's size comes as a resize")
        #expect(events.dropLast().allSatisfy { $0 == .tick })
        #expect(backend.nextEvent(timeoutMilliseconds: 200) == .key(.char("b")))
    }

    @Test func whenTheTerminalDeviceIsGoneForGoodTheInputClosesAfterTheGracePeriod() throws {
        let first = MemoryBackend(width: 80, height: 24, events: [.inputClosed])
        let time = ManualTime()
        let backend = try KioskBackend(giveUpAfter: .seconds(30), pause: { time.advance(by: $0) }, clock: { time.now },
                                       deviceExists: { false }, open: { first }, reopen: { throw TerminalError.notATerminal })
        #expect(backend.nextEvent(timeoutMilliseconds: 200) == .tick)
        var ticks = 0
        while backend.nextEvent(timeoutMilliseconds: 200) == .tick, ticks < 10_000 { ticks += 1 }
        #expect(backend.gaveUp)
        #expect(ticks >= 30 * 5 - 1, "about 30 seconds of ticks before giving up: \(ticks)")
        #expect(backend.nextEvent(timeoutMilliseconds: 0) == .inputClosed)
    }

    @Test func aVirtualConsoleIsWaitedForWhateverTheTime() throws {
        let first = MemoryBackend(width: 80, height: 24, events: [.inputClosed])
        let time = ManualTime()
        let backend = try KioskBackend(giveUpAfter: .seconds(30), pause: { time.advance(by: $0) }, clock: { time.now },
                                       deviceExists: { true }, open: { first }, reopen: { throw TerminalError.notATerminal })
        for _ in 0..<(10 * 60 * 5) { #expect(backend.nextEvent(timeoutMilliseconds: 200) == .tick) }
        #expect(!backend.gaveUp)
    }

    @Test func aHangUpDoesNotEndTheRunLoop() throws {
        let memory = MemoryBackend(width: 80, height: 24, events: [.signal(.hangup), .key(.char("z"))])
        let backend = try KioskBackend(open: { memory })
        #expect(backend.nextEvent(timeoutMilliseconds: 0) == .tick)
        #expect(backend.nextEvent(timeoutMilliseconds: 0) == .key(.char("z")))
    }

    @Test func withoutATerminalAtStartUpItThrows() {
        #expect(throws: TerminalError.self) { try KioskBackend(open: { throw TerminalError.notATerminal }) }
    }
}
