import Foundation
import Testing
import JREConsole
import JRETerminal
import JREText

/// `docs/console.md` keeps up with the console: its captures are the snapshots, its key table
/// is the keymap.
@Suite struct ConsoleGuideTests {
    static let guide: String? = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent() // JREConsoleTests/
            .deletingLastPathComponent() // Tests/
            .deletingLastPathComponent()
            .appendingPathComponent("docs/console.md")
        return FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }()

    /// The plain text of a snapshot file, without the heading, the role map and trailing blank lines.
    static func snapshotText(_ name: String) -> String? {
        let url = Snapshot.directory.appendingPathComponent(name + ".txt")
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let file = String(decoding: data, as: UTF8.self)
        guard let screen = file.components(separatedBy: "\n# roles\n").first else { return nil }
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map(String.init)
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    @Test func everyCaptureIsTheCurrentSnapshot() throws {
        let guide = try #require(Self.guide, "docs/console.md is missing")
        let pattern = try NSRegularExpression(pattern: "<!-- snapshot: ([a-z0-9x-]+) -->\\n```\\n(.*?)\\n```", options: [.dotMatchesLineSeparators])
        let matches = pattern.matches(in: guide, range: NSRange(guide.startIndex..., in: guide))
        #expect(matches.count >= 16, "every screen, in French and in English")
        for match in matches {
            let name = String(guide[Range(match.range(at: 1), in: guide)!])
            let block = String(guide[Range(match.range(at: 2), in: guide)!])
            let snapshot = try #require(Self.snapshotText(name), "docs/console.md shows snapshot \(name), which does not exist")
            if let difference = Snapshot.firstDifference(expected: snapshot, actual: block) {
                Issue.record("docs/console.md: the capture of \(name) is not the current snapshot\n\(difference)")
            }
        }
        let shown = Set(matches.map { String(guide[Range($0.range(at: 1), in: guide)!]) })
        for screen in ["picker", "briefing", "board", "file", "why", "checkpoint", "help", "too-small"] {
            #expect(shown.contains { $0.hasPrefix(screen + "-fr-") }, "\(screen) in French")
            #expect(shown.contains { $0.hasPrefix(screen + "-en-") }, "\(screen) in English")
        }
    }

    @Test func everyKeyIsListedInBothLanguages() throws {
        let guide = try #require(Self.guide, "docs/console.md is missing")
        for binding in Keymap.bindings {
            for lang in Lang.allCases {
                #expect(guide.contains(binding.help(lang)), "docs/console.md lacks « \(binding.help(lang)) » (\(binding.action))")
                #expect(guide.contains("**" + binding.label(lang) + "**"), "docs/console.md lacks the label « \(binding.label(lang)) »")
                for key in binding.keys {
                    #expect(guide.contains("`" + key.label(lang, glyphs: .unicode) + "`"), "docs/console.md lacks the key `\(key.label(lang, glyphs: .unicode))`")
                }
            }
        }
    }
}
