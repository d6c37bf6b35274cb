import Foundation
import Testing
import JRECore
import JRETestSupport

/// The real binary in tmux, on a real file system where `journal.jsonl` is a folder: the console
/// refuses to start naming the path and the reason (exit 2); `--read-only` opens marked « READ-ONLY »
/// and never says « saved ».
@Suite(.tags(.slow)) struct JournalEndToEndSlowTests {
    @Test func aFolderWhereTheJournalShouldBeRefusesThenReadOnlyOpens() throws {
        let sandbox = try EndToEndSlowTests.Sandbox()
        let sessionFolder = sandbox.folder.appendingPathComponent("atelier")
        try FileManager.default.createDirectory(at: sessionFolder.appendingPathComponent("journal.jsonl"), withIntermediateDirectories: true)
        let refused = try sandbox.start(["run", "portefeuille", "--day", "5", "--session", sessionFolder.path, "--lang", "en"], width: 120, height: 36)
        defer { refused.kill() }
        #expect(try refused.waitForExit() == 2)
        // The message wraps at the terminal's width: read it as one line.
        let message = try refused.capture().split(separator: "\n").joined()
        #expect(message.contains("cannot open the session journal"))
        #expect(message.contains("journal.jsonl"))
        #expect(message.contains("Is a directory"))

        let readOnly = try sandbox.start(["run", "portefeuille", "--day", "5", "--session", sessionFolder.path, "--read-only", "--lang", "en"],
                                         width: 120, height: 36)
        defer { readOnly.kill() }
        try readOnly.waitFor("Day 5/84")
        try readOnly.waitFor("READ-ONLY")
        try readOnly.sendKeys("d")
        try readOnly.waitFor("Decision for")
        try readOnly.sendKeys("Enter")
        try readOnly.sendKeys("Enter")
        let screen = try readOnly.waitFor("Decision NOT saved: read-only session.")
        #expect(!screen.contains("Decision saved to disk"))
        try readOnly.sendKeys("q")
        #expect(try readOnly.waitForExit() == 0)
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: sessionFolder.appendingPathComponent("journal.jsonl").path, isDirectory: &isDirectory) && isDirectory.boolValue,
                "nothing was written in its place")
    }
}
