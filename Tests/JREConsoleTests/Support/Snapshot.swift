import Foundation
import JRETestSupport
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
    static let files = ReviewedFiles(
        directory: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent() // Support/
            .deletingLastPathComponent() // JREConsoleTests/
            .appendingPathComponent("Snapshots"),
        recordVariable: "JRE_RECORD_SNAPSHOTS", fileWord: "snapshot", outputWord: "screen")

    static var directory: URL { files.directory }

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
        files.check(actual, file: name + ".txt", sourceLocation: sourceLocation)
    }

    static func firstDifference(expected: String, actual: String) -> String? {
        files.firstDifference(expected: expected, actual: actual)
    }
}
