/// A located problem in a model file: which file, where in it, and what is wrong.
///
/// JSON model files are located by a path such as `learner.gradient_booster.model.trees[3].left_children[7]`
/// (or by line and column for a syntax error); YAML scorecards and CSV inputs by line and column.
public struct ModelFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where in the file the problem is.
    public enum Place: Sendable, Hashable {
        /// The whole file (unreadable, empty…).
        case file
        /// A 1-based line and column.
        case position(line: Int, column: Int)
        /// A JSON path from the document root.
        case jsonPath(String)
    }

    /// The file as the user named it.
    public var file: String
    public var place: Place
    public var message: String

    public init(file: String, place: Place, message: String) {
        self.file = file
        self.place = place
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE` or `FILE: error at PATH: MESSAGE`, on one line.
    public var description: String {
        switch place {
        case .file: "\(file): error: \(message)"
        case .position(let line, let column): "\(file):\(line):\(column): error: \(message)"
        case .jsonPath(let path): "\(file): error at \(path): \(message)"
        }
    }
}
