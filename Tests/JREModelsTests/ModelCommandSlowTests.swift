import Foundation
import JRETestSupport
import Testing

/// `jre-console model check|train` as a user runs them: a broken model file is located (file and
/// JSON path or line:column) in the language asked for, with exit code 2.
@Suite(.tags(.slow)) struct ModelCommandSlowTests {
    static let binary = FreshExecutable(product: "jre-console", overrideVariable: "JRE_CONSOLE_BINARY").locate()

    /// Runs the binary; its exit code and standard error.
    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, standardError: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary.get())
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func aBrokenModelFileIsLocatedInFrenchAndInEnglishWithExitCode2() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jre-model-messages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{\"learner\": {\n  oops }".utf8).write(to: folder.appendingPathComponent("broken.json"))
        try Data("intercept: -2\nfeatures:\n  - name: a\n    weight: heavy\n".utf8).write(to: folder.appendingPathComponent("card.yaml"))

        let french = try Self.run(["model", "check", "broken.json", "--lang", "fr"], in: folder)
        #expect(french.status == 2)
        #expect(french.standardError.hasPrefix("broken.json:2:3: error: ce n'est pas du JSON"), "\(french.standardError)")
        let english = try Self.run(["model", "check", "card.yaml", "--lang", "en"], in: folder)
        #expect(english.status == 2)
        #expect(english.standardError == "card.yaml:4:13: error: expected a number, found 'heavy'\n")
        let scorecard = try Self.run(["model", "check", "card.yaml", "--lang", "fr"], in: folder)
        #expect(scorecard.standardError == "card.yaml:4:13: error: attendu : un nombre, trouvé « heavy »\n")
        let recipe = try Self.run(["model", "train", "--recipe", "nowhere.yaml", "--lang", "fr"], in: folder)
        #expect(recipe.status == 2)
        #expect(recipe.standardError.contains("impossible de lire la recette « nowhere.yaml »"))
    }
}
