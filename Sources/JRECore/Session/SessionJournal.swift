import Foundation

/// The append-only journal of a workshop session: each entry is on disk (fsync) before `append` returns.
public final class SessionJournal: @unchecked Sendable {
    /// The session folder.
    public let folder: URL
    public var file: URL { folder.appendingPathComponent(Self.fileName) }
    public static let fileName = "journal.jsonl"
    private var descriptor: Int32 = -1
    private let lock = NSLock()

    /// Opens (creating if needed) the session folder and its journal for appending.
    public init(folder: URL) throws(SessionError) {
        self.folder = folder
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw SessionError.cannotCreate(folder.path, "\(error.localizedDescription)")
        }
        descriptor = open(file.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        if descriptor < 0 { throw SessionError.cannotCreate(file.path, String(cString: strerror(errno))) }
        // A process killed mid-write leaves a line without its newline: end it, so the next entry
        // starts a line of its own (the torn line is then reported and skipped, never merged).
        if let handle = FileHandle(forReadingAtPath: file.path) {
            let size = handle.seekToEndOfFile()
            if size > 0 {
                handle.seek(toFileOffset: size - 1)
                if handle.readData(ofLength: 1) != Data([UInt8(ascii: "\n")]) {
                    _ = "\n".withCString { write(descriptor, $0, 1) }
                }
            }
            handle.closeFile()
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Writes one entry as a line and flushes it to disk; returns only once it is durable.
    public func append(_ entry: SessionEntry) throws(SessionError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(entry)
        } catch {
            throw SessionError.cannotWrite(file.path, "\(error)")
        }
        var line = data
        line.append(UInt8(ascii: "\n"))
        lock.lock()
        defer { lock.unlock() }
        let written = line.withUnsafeBytes { buffer -> Int in
            var offset = 0
            while offset < buffer.count {
                let result = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    return -1
                }
                offset += result
            }
            return offset
        }
        guard written == line.count, fsync(descriptor) == 0 else {
            throw SessionError.cannotWrite(file.path, String(cString: strerror(errno)))
        }
    }

    /// Reads a journal: every entry that parses, and a problem for each line that does not.
    ///
    /// A torn last line (the process died mid-write) or a corrupt line is reported and skipped,
    /// never fatal; the entries before and after it are kept.
    public static func read(folder: URL) -> (entries: [SessionEntry], problems: [JournalProblem]) {
        let file = folder.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: file.path) else { return ([], []) }
        var entries: [SessionEntry] = []
        var problems: [JournalProblem] = []
        let decoder = JSONDecoder()
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if line.isEmpty { continue }
            let isLast = index == lines.count - 1
            do {
                entries.append(try decoder.decode(SessionEntry.self, from: Data(line)))
            } catch {
                problems.append(JournalProblem(line: index + 1, torn: isLast))
            }
        }
        return (entries, problems)
    }

    /// Whether a folder already holds a journal with entries.
    public static func exists(folder: URL) -> Bool {
        let path = folder.appendingPathComponent(fileName).path
        return ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) > 0
    }

    /// Moves a session folder aside (`NAME-YYYYMMDD-HHMMSS`) so a new session can start in its place.
    public static func archive(folder: URL, now: Date = Date()) throws(SessionError) {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        let target = folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + "-" + formatter.string(from: now))
        do {
            try FileManager.default.moveItem(at: folder, to: target)
        } catch {
            throw SessionError.cannotWrite(folder.path, "\(error.localizedDescription)")
        }
    }

    /// The default session folder of a scenario: `$XDG_DATA_HOME/jre-console/sessions/ID`
    /// (else `~/.local/share/…`).
    public static func defaultFolder(scenario: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
            base = URL(fileURLWithPath: data)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSTemporaryDirectory()
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/share")
        }
        return base.appendingPathComponent("jre-console/sessions/\(scenario)")
    }
}

/// A journal line that could not be read.
public struct JournalProblem: Sendable, Equatable {
    public var line: Int
    /// The last line, cut short (the process stopped mid-write).
    public var torn: Bool
}

/// Why a session could not be opened or written.
public enum SessionError: Error, Sendable, Equatable {
    case cannotCreate(String, String)
    case cannotWrite(String, String)
}
