import Foundation

/// Writes to standard error.
enum StandardError {
    static func print(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// The exit codes of the contract.
enum ExitStatus {
    static let success: Int32 = 0
    static let evaluationError: Int32 = 1
    static let badInput: Int32 = 2
}

/// Ends the process with a contract exit code after flushing standard output.
struct Exit: Error {
    let code: Int32
}
