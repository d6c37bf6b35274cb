import Foundation
import JREText

/// The append-only journal of a workshop session.
///
/// `append` returns only once the line is written (and, when asked, flushed with fsync); when it
/// throws, nothing of the entry is left in the file. Before the first append, and after any failed
/// write, a torn tail (a last line without its newline, or that does not parse) is moved aside to
/// `journal.torn-<timestamp>` and the file is cut back to its last complete line, so that every
/// entry starts a line of its own.
public final class SessionJournal: @unchecked Sendable {
    /// The session folder.
    public let folder: URL
    public var file: URL { folder.appendingPathComponent(Self.fileName) }
    public static let fileName = "journal.jsonl"
    /// The prefix of the files a torn tail is moved to.
    public static let tornPrefix = "journal.torn-"
    private let storage: any JournalStorage
    private let appender: any JournalAppender
    private var needsHealing = true
    private let lock = NSLock()
    /// The torn tails this journal moved aside (file names in the session folder), oldest first.
    public private(set) var tornFiles: [String] = []

    /// Opens (creating if needed) the session folder and its journal for appending.
    public init(folder: URL, storage: any JournalStorage = FileJournalStorage()) throws(SessionError) {
        self.folder = folder
        self.storage = storage
        do {
            try storage.createFolder(folder.path)
        } catch {
            throw SessionError.cannotCreate(folder.path, error.reason)
        }
        let path = folder.appendingPathComponent(Self.fileName).path
        do {
            appender = try storage.openForAppending(path)
        } catch {
            throw SessionError.cannotCreate(path, error.reason)
        }
    }

    /// Writes one entry as a line; with `durable`, flushes it to the disk (fsync) before returning.
    ///
    /// Throws when any of it could not be written or flushed; the file is then cut back to where it
    /// was, so the entry can be appended again later without a duplicate or a torn line.
    public func append(_ entry: SessionEntry, durable: Bool = true) throws(SessionError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line: [UInt8]
        do {
            line = Array(try encoder.encode(entry))
        } catch {
            throw SessionError.cannotWrite(file.path, "\(error)")
        }
        line.append(UInt8(ascii: "\n"))
        lock.lock()
        defer { lock.unlock() }
        if needsHealing {
            do {
                try healTail()
            } catch {
                throw SessionError.cannotWrite(file.path, error.reason)
            }
            needsHealing = false
        }
        let start: UInt64
        do {
            start = try appender.size()
        } catch {
            needsHealing = true
            throw SessionError.cannotWrite(file.path, error.reason)
        }
        let (written, failure) = appender.write(line)
        var problem = failure
        if problem == nil, durable {
            do { try appender.sync() } catch { problem = error }
        }
        guard let problem else { return }
        // Nothing half-written stays: cut back now, and heal again before the next append if that failed.
        needsHealing = true
        if written > 0 { try? appender.truncate(to: start) }
        throw SessionError.cannotWrite(file.path, problem.reason)
    }

    /// Moves a torn tail aside and cuts the file back to its last complete, readable line.
    private func healTail() throws(JournalIOError) {
        guard let bytes = try storage.contents(of: file.path), !bytes.isEmpty else { return }
        let cut = Self.completeLength(bytes)
        guard cut < bytes.count else { return }
        let tail = Array(bytes[cut...])
        let name = uniqueTornName()
        do {
            try storage.writeNewFile(folder.appendingPathComponent(name).path, bytes: tail)
        } catch {
            // Not enough room to keep the torn bytes aside: end the line instead, so the next entry
            // still starts a line of its own (the torn line is then reported and skipped on reading).
            if bytes.last != UInt8(ascii: "\n") {
                let (_, failure) = appender.write([UInt8(ascii: "\n")])
                if let failure { throw failure }
            }
            return
        }
        try appender.truncate(to: UInt64(cut))
        tornFiles.append(name)
    }

    /// The length of `bytes` up to the end of its last complete line that parses as an entry
    /// (everything after it is the torn tail).
    static func completeLength(_ bytes: [UInt8]) -> Int {
        let newline = UInt8(ascii: "\n")
        var end = bytes.count
        if bytes.last != newline {
            end = (bytes.lastIndex(of: newline) ?? -1) + 1
        } else {
            // The last line is complete but may still be garbage (a disk that returned zeros). A JSON
            // object of a kind this version does not know is kept: it is not torn.
            let lineStart = (bytes[..<(bytes.count - 1)].lastIndex(of: newline) ?? -1) + 1
            let line = bytes[lineStart..<(bytes.count - 1)]
            if !line.isEmpty, (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] == nil { end = lineStart }
        }
        return end
    }

    private func uniqueTornName() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        let stamp = formatter.string(from: Date())
        var name = Self.tornPrefix + stamp
        var suffix = 2
        while storage.exists(folder.appendingPathComponent(name).path) {
            name = Self.tornPrefix + stamp + "-\(suffix)"
            suffix += 1
        }
        return name
    }

    /// Reads a journal: every entry that parses, and a problem for each line that does not.
    ///
    /// A torn last line (the process died mid-write) or a corrupt line is reported and skipped,
    /// never fatal; the entries before and after it are kept. A journal that cannot be read at all
    /// reads as empty (see ``load(folder:storage:)`` for why).
    public static func read(folder: URL) -> (entries: [SessionEntry], problems: [JournalProblem]) {
        let contents = load(folder: folder)
        return (contents.entries, contents.problems)
    }

    /// Reads a journal, saying also whether it exists and why it could not be read.
    public static func load(folder: URL, storage: any JournalStorage = FileJournalStorage()) -> JournalContents {
        let file = folder.appendingPathComponent(fileName)
        let data: [UInt8]
        do {
            guard let bytes = try storage.contents(of: file.path) else { return JournalContents(path: file.path, exists: false) }
            data = bytes
        } catch {
            return JournalContents(path: file.path, exists: true, unreadable: error.reason)
        }
        var contents = JournalContents(path: file.path, exists: true)
        let decoder = JSONDecoder()
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if line.isEmpty { continue }
            let isLast = index == lines.count - 1
            do {
                contents.entries.append(try decoder.decode(SessionEntry.self, from: Data(line)))
            } catch {
                contents.problems.append(JournalProblem(line: index + 1, torn: isLast))
            }
        }
        return contents
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

    public init(line: Int, torn: Bool) {
        self.line = line
        self.torn = torn
    }
}

/// What reading a journal found: its entries, the lines skipped, or why it could not be read.
public struct JournalContents: Sendable, Equatable {
    /// The journal file.
    public var path: String
    /// Whether something is there (a file, or something that is not one).
    public var exists: Bool
    /// Why it could not be read at all (`Is a directory`, `Permission denied`); nil when it was read.
    public var unreadable: String?
    public var entries: [SessionEntry] = []
    public var problems: [JournalProblem] = []

    public init(path: String, exists: Bool, unreadable: String? = nil) {
        self.path = path
        self.exists = exists
        self.unreadable = unreadable
    }

    /// The damaged-line policy shared by the console, `replay` and `debrief`: only a journal that
    /// cannot be read, or that holds no readable entry, is an error; damaged lines are skipped and reported.
    public var isUsable: Bool { unreadable == nil && !entries.isEmpty }
}

/// Why a session could not be opened or written.
public enum SessionError: Error, Sendable, Equatable {
    case cannotCreate(String, String)
    case cannotWrite(String, String)
}

extension JournalProblem {
    /// The one-line notice of damaged lines, the same for the console, `replay` and `debrief`:
    /// « Journal FILE, ligne(s) N, M : ligne illisible ; ignorée. » (nil when there are none).
    public static func notice(_ problems: [JournalProblem], file: String, lang: Lang) -> String? {
        guard !problems.isEmpty else { return nil }
        let corrupt = problems.filter { !$0.torn }.map { String($0.line) }
        let torn = problems.filter(\.torn).map { String($0.line) }
        var parts: [String] = []
        if !corrupt.isEmpty { parts.append(Strings.journalLineSkipped.format(lang, file, corrupt.joined(separator: ", "), Strings.journalLineCorrupt(lang))) }
        if !torn.isEmpty { parts.append(Strings.journalLineSkipped.format(lang, file, torn.joined(separator: ", "), Strings.journalLineTorn(lang))) }
        return parts.joined(separator: " ")
    }
}
