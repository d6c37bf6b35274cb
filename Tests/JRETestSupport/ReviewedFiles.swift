import Foundation
import Testing

/// Compares output with a reviewed file kept in the repository (core goldens, console snapshots).
///
/// With the recording variable set to `1` in the environment the file is (re)written and the test
/// fails, saying so: a recorded file must be read and checked by hand before it is trusted.
/// Otherwise a difference fails the test and shows the first differing lines.
public struct ReviewedFiles: Sendable {
    /// The folder of the reviewed files.
    public let directory: URL
    /// The environment variable that records instead of comparing (`JRE_RECORD_GOLDEN`…).
    public let recordVariable: String
    /// What a file is called in messages (« golden file », « snapshot »), and what is compared with it.
    public let fileWord: String
    public let outputWord: String

    public init(directory: URL, recordVariable: String, fileWord: String, outputWord: String) {
        self.directory = directory
        self.recordVariable = recordVariable
        self.fileWord = fileWord
        self.outputWord = outputWord
    }

    public var recording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

    /// Checks `actual` against file `name` of the folder (or records it).
    public func check(_ actual: String, file name: String, sourceLocation: SourceLocation) {
        let url = directory.appendingPathComponent(name)
        if recording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("recorded \(fileWord) \(name): read it and check it by hand, then run again without \(recordVariable)",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record \(fileWord) \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing \(fileWord) \(name); run with \(recordVariable)=1 to record it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if let difference = firstDifference(expected: expected, actual: actual) {
            Issue.record("\(outputWord) differs from \(fileWord) \(name)\n\(difference)", sourceLocation: sourceLocation)
        }
    }

    /// The first differing line with a little context, or nil when the texts are equal.
    public func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < old.count, index < new.count, old[index] == new[index] { index += 1 }
        var text = "first difference at line \(index + 1) (\(fileWord) has \(old.count) lines, \(outputWord) \(new.count)):"
        for line in max(0, index - 2)..<index { text += "\n    \(old[line])" }
        for line in index..<min(old.count, index + 3) { text += "\n  - \(old[line])" }
        for line in index..<min(new.count, index + 3) { text += "\n  + \(new[line])" }
        return text
    }
}
