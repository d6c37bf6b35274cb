import Foundation
import JRECore

/// The committed fixtures (see `Fixtures/make_fixtures.py`) and the expectations written with them.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// Expected outputs from the library that wrote a fixture: per row, score, margin, contributions, bias.
    struct Expected {
        var score: Double
        var margin: Double
        var contributions: [Double]
        var bias: Double
    }

    static func expected(_ name: String) throws -> [Expected] {
        try text(name).split(separator: "\n").dropFirst().map { line in
            let numbers = line.split(separator: ",").map { Double($0)! }
            return Expected(score: numbers[0], margin: numbers[1], contributions: Array(numbers[2..<(numbers.count - 1)]),
                            bias: numbers[numbers.count - 1])
        }
    }
}
