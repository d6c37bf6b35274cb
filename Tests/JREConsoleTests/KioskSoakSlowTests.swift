import Foundation
import Testing
import JRETestSupport
import JRECore
import JREConsole
import JREKiosk
import JRETerminal
import JREText

/// A day at the festival in a few seconds: the attract loop runs for 24 hours on the manual
/// clock, with a visitor every few minutes who plays a little and walks away. Nothing may
/// pile up: the state's collections, the screen, the open files stay the same size.
@Suite(.tags(.slow)) struct KioskSoakSlowTests {
    /// What could grow in a kiosk that runs for days.
    struct Footprint: Equatable, CustomStringConvertible {
        var demoDecisions = 0
        var demoThresholdChanges = 0
        var visitorDecisions = 0
        var visitorThresholdChanges = 0
        var scriptStepsPlayed = 0
        var journalDescriptors = 0

        mutating func formMaximum(_ other: Footprint) {
            demoDecisions = max(demoDecisions, other.demoDecisions)
            demoThresholdChanges = max(demoThresholdChanges, other.demoThresholdChanges)
            visitorDecisions = max(visitorDecisions, other.visitorDecisions)
            visitorThresholdChanges = max(visitorThresholdChanges, other.visitorThresholdChanges)
            scriptStepsPlayed = max(scriptStepsPlayed, other.scriptStepsPlayed)
            journalDescriptors = max(journalDescriptors, other.journalDescriptors)
        }

        var description: String {
            "demo decisions \(demoDecisions), demo threshold changes \(demoThresholdChanges), visitor decisions \(visitorDecisions), "
                + "visitor threshold changes \(visitorThresholdChanges), steps per round \(scriptStepsPlayed), journal descriptors \(journalDescriptors)"
        }
    }

    static func footprint(_ kiosk: KioskState, folder: URL) -> Footprint {
        Footprint(
            demoDecisions: kiosk.attract.demo.workshop?.session.decisions.count ?? 0,
            demoThresholdChanges: kiosk.attract.demo.workshop?.session.thresholdHistory.count ?? 0,
            visitorDecisions: kiosk.visitor.workshop?.session.decisions.count ?? 0,
            visitorThresholdChanges: kiosk.visitor.workshop?.session.thresholdHistory.count ?? 0,
            scriptStepsPlayed: kiosk.attract.played,
            journalDescriptors: openDescriptors(under: folder.path))
    }

    /// The process's descriptors open on files under `path`.
    static func openDescriptors(under path: String) -> Int {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return entries.filter { ((try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\($0)")) ?? "").hasPrefix(path) }.count
    }

    /// The process's resident memory in kB (`VmRSS`), for the report.
    static func residentKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    @Test func twentyFourHoursOfAttractLoopAndVisitorsStayFlat() throws {
        var kiosk = KioskDriver(idle: .seconds(90), width: 100, height: 30)
        var random = SplitMix64(seed: 24)
        let tick = Duration.milliseconds(200)
        let hour = 3_600 * 5                      // ticks per hour
        var firstHour = Footprint(), lastHour = Footprint()
        var rounds = Set<Int>()
        var visitors = 0
        var resets = 0
        var previousPhase = kiosk.kiosk.phase
        var rss: [Int] = []
        var grid = kiosk.program.render(width: 100, height: 30, glyphs: .unicode)
        for index in 0..<(24 * hour) {
            kiosk.time.advance(by: tick)
            kiosk.send(.tick)
            // Every 10 minutes or so a visitor comes, plays for a minute, and leaves.
            if index % 3_000 == 1_500 {
                visitors += 1
                kiosk.press(.char("x"))
                let choice: [Key] = Bool.random(using: &random) ? [.enter] : [.down, .enter, .enter, .enter, .char("t"), .char("+"), .escape, .char("n")]
                for key in choice { kiosk.press(key) }
                for _ in 0..<Int.random(in: 20...200, using: &random) {
                    kiosk.time.advance(by: .milliseconds(300))
                    kiosk.send(Bool.random(using: &random) ? .tick : .key([.enter, .down, .char("n"), .char("j"), .up].randomElement(using: &random)!))
                }
            }
            let state = kiosk.kiosk
            if previousPhase != .attract, state.phase == .attract { resets += 1 }
            previousPhase = state.phase
            rounds.insert(state.attract.round)
            if index % 60 == 0 || index % hour == 0 {
                let footprint = Self.footprint(state, folder: kiosk.folder.url)
                if index < hour { firstHour.formMaximum(footprint) }
                if index >= 23 * hour { lastHour.formMaximum(footprint) }
            }
            if index % (5 * 60 * 5) == 0 {
                grid = kiosk.program.render(width: 100, height: 30, glyphs: .unicode)
                #expect(grid.width == 100 && grid.height == 30)
            }
            if index % hour == 0 { rss.append(Self.residentKilobytes()) }
        }
        #expect(!kiosk.program.isFinished)
        #expect(rounds.count > 500, "the attract loop kept going round: \(rounds.count) rounds")
        #expect(resets >= visitors - 1, "every visitor was forgotten: \(resets) resets for \(visitors) visitors")
        #expect(lastHour.journalDescriptors <= 1, "at most the visitor's journal is open")
        #expect(lastHour.demoDecisions <= firstHour.demoDecisions && lastHour.demoThresholdChanges <= max(firstHour.demoThresholdChanges, 8),
                "the demo does not accumulate: first hour \(firstHour), last hour \(lastHour)")
        #expect(lastHour.scriptStepsPlayed <= KioskFixture.scripts.attract.script.steps.count)
        #expect(lastHour.visitorThresholdChanges <= 8 && lastHour.visitorDecisions <= 200)
        print("kiosk soak (24 h simulated): \(rounds.count) attract rounds, \(visitors) visitors, \(resets) resets; "
              + "first hour max: \(firstHour); last hour max: \(lastHour); test process VmRSS kB per hour: \(rss)")
    }
}
