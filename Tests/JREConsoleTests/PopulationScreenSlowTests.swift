import Foundation
import Testing
import JRECore
import JREConsole
import JRETerminal
import JRETestSupport

/// The population screen under random keys: thousands of events, each possibly a recomputation.
@Suite(.tags(.slow)) struct PopulationScreenSlowTests {
    @Test func randomKeysNeverBreakTheScreen() throws {
        var program = ConsoleProgram(state: Console.atPicker(width: 100, height: 30), library: Console.library,
                                     populationRunner: PopulationJobRunner(mode: .inline, lang: .fr, time: ManualTime()),
                                     populationSizes: PopulationSizes(sample: 150, full: 300, seed: 3))
        var masher = KeyMasher(seed: 0x9E37)
        var delivered = 0
        while delivered < 6_000 {
            // Back on the population screen whenever the keys left it.
            if program.state.screen != .population, !program.state.isFinished { program.handle(.key(.char("m")), at: .now) }
            for event in masher.next().1 {
                program.handle(event, at: .now)
                delivered += 1
                let problems = KioskInvariants.problems(console: program.state)
                if !problems.isEmpty {
                    Issue.record("event \(delivered) (\(event)): \(problems.joined(separator: "; "))")
                    return
                }
                if delivered % 500 == 0 {
                    RenderingRobustnessTests.checkDrawable(program.state, glyphs: delivered % 1_000 == 0 ? .unicode : .ascii, context: "event \(delivered)")
                }
                if program.state.isFinished {
                    program = ConsoleProgram(state: Console.atPicker(width: 100, height: 30), library: Console.library,
                                             populationRunner: PopulationJobRunner(mode: .inline, lang: .fr, time: ManualTime()),
                                             populationSizes: PopulationSizes(sample: 150, full: 300, seed: 3))
                }
            }
        }
    }
}
