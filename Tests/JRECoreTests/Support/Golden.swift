import Foundation
import Testing

/// Compares text with a reviewed file under `Tests/JRECoreTests/Golden/`.
///
/// With `JRE_RECORD_GOLDEN=1` in the environment the file is (re)written and the test fails, saying so:
/// a recorded file must be read and checked by hand before it is trusted.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // Support/
        .deletingLastPathComponent() // JRECoreTests/
        .appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["JRE_RECORD_GOLDEN"] == "1" }

    static func check(_ actual: String, file name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if recording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("recorded golden file \(name): review it, then run again without JRE_RECORD_GOLDEN", sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record golden file \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(name); run with JRE_RECORD_GOLDEN=1 to record it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if let difference = firstDifference(expected: expected, actual: actual) {
            Issue.record("output differs from golden file \(name)\n\(difference)", sourceLocation: sourceLocation)
        }
    }

    /// The first differing line with a little context, or nil when the texts are equal.
    static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < old.count, index < new.count, old[index] == new[index] { index += 1 }
        var text = "first difference at line \(index + 1) (golden has \(old.count) lines, output \(new.count)):"
        for line in max(0, index - 2)..<index { text += "\n    \(old[line])" }
        for line in index..<min(old.count, index + 3) { text += "\n  - \(old[line])" }
        for line in index..<min(new.count, index + 3) { text += "\n  + \(new[line])" }
        return text
    }
}
