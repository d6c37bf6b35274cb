import Foundation
import JRETestSupport
import Testing

/// Compares text with a reviewed file under `Tests/JRECoreTests/Golden/` (`JRE_RECORD_GOLDEN=1` records it).
enum Golden {
    static let files = ReviewedFiles(
        directory: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent() // Support/
            .deletingLastPathComponent() // JRECoreTests/
            .appendingPathComponent("Golden"),
        recordVariable: "JRE_RECORD_GOLDEN", fileWord: "golden file", outputWord: "output")

    static func check(_ actual: String, file name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        files.check(actual, file: name, sourceLocation: sourceLocation)
    }
}
