import Foundation
import Testing
import JRETerminal
import JRETestSupport

/// The trained suspicion score in the real binary, in tmux: the board's column and alert, « Pourquoi ? »
/// as bars, the model screen and its capacity keys, at 120×40 and 80×24.
@Suite(.serialized, .tags(.slow)) struct TrainedScoreEndToEndSlowTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/suspicion-console.yaml").path

    @Test func theSuspicionScoreOnTheBoardInWhyAndOnTheModelScreen() throws {
        let sandbox = try EndToEndSlowTests.Sandbox()
        let session = try sandbox.start(["run", Self.fixture, "--day", "60", "--lang", "fr"], width: 120, height: 40)
        defer { session.kill() }
        var screen = try session.waitFor("Contrôle prioritaire (reconstitution) (")
        #expect(screen.contains("susp"))
        // The footer is drawn last: wait for it rather than read a frame caught halfway.
        screen = try session.waitFor("M modèle")  // the footer offers the model screen at 120 columns
        // From the board, « Pourquoi ? » explains the alert, with the bars of the score it reads.
        try session.sendKeys("w")
        screen = try session.waitFor("Ce qui a pesé, du plus fort au plus faible")
        #expect(screen.contains("Contrôle prioritaire (reconstitution)\u{00A0}: "))
        #expect(screen.contains("vers le contrôle"))
        try session.sendKeys("Escape")
        try session.sendKeys("M")
        try session.waitFor("200 contrôles par mois")
        try session.sendKeys("Right")
        try session.waitFor("240 contrôles par mois")
        try session.resize(width: 80, height: 24)
        screen = try session.waitUntil(awaiting: "the model screen at 80×24") { $0.contains("240 contrôles par mois") && !$0.contains("│ Pourquoi") }
        #expect(EndToEndSlowTests.lines(screen).allSatisfy { $0.count <= 80 })
        try session.sendKeys("Escape")
        try session.waitFor("Reste du portefeuille")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        #expect(session.isShellUsableAfterExit())
    }
}
