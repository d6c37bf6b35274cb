import Foundation
import Testing
import JRETerminal

/// Compares a rendered screen with a reviewed file under `Tests/JREConsoleTests/Snapshots/`.
///
/// A snapshot holds the screen twice: as plain text, then as its role map (one letter per
/// cell, see `Role.letter`), plus where the hardware cursor stands. Whether a role is drawn in
/// colour or in monochrome attributes (`NO_COLOR=1`) is the backend's choice, made from the
/// role alone, so the role map is what pins both the colour and the monochrome rendering.
///
/// With `JRE_RECORD_SNAPSHOTS=1` in the environment the file is (re)written and the test fails,
/// saying so: a recorded snapshot must be read and checked by hand before it is trusted.
/// Otherwise a difference fails the test and shows the first differing lines.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // Support/
        .deletingLastPathComponent() // JREConsoleTests/
        .appendingPathComponent("Snapshots")

    static var recording: Bool { ProcessInfo.processInfo.environment["JRE_RECORD_SNAPSHOTS"] == "1" }

    /// The snapshot text of a grid: a heading, the plain text, the role map.
    static func text(of grid: CellGrid, name: String) -> String {
        let cursor = grid.cursor.map { "row \($0.row), col \($0.col)" } ?? "hidden"
        return """
        # \(name): \(grid.width)×\(grid.height), cursor \(cursor)
        \(grid.plainText())
        # roles
        \(grid.roleMap())

        """
    }

    static func check(_ grid: CellGrid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        check(text(of: grid, name: name), named: name, sourceLocation: sourceLocation)
    }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        if recording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("recorded snapshot \(name).txt: read it and check it by hand, then run again without JRE_RECORD_SNAPSHOTS",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record snapshot \(name).txt: \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing snapshot \(name).txt; run with JRE_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if let difference = firstDifference(expected: expected, actual: actual) {
            Issue.record("screen differs from snapshot \(name).txt\n\(difference)", sourceLocation: sourceLocation)
        }
    }

    /// The first differing line with a little context, or nil when the texts are equal.
    static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < old.count, index < new.count, old[index] == new[index] { index += 1 }
        var text = "first difference at line \(index + 1) (snapshot has \(old.count) lines, screen \(new.count)):"
        for line in max(0, index - 2)..<index { text += "\n    \(old[line])" }
        for line in index..<min(old.count, index + 3) { text += "\n  - \(old[line])" }
        for line in index..<min(new.count, index + 3) { text += "\n  + \(new[line])" }
        return text
    }
}
