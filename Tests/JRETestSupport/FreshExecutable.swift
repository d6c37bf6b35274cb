import Foundation

/// An executable of this package that end-to-end tests launch, never older than its sources.
///
/// `swift test` builds every product before running the tests, so the binary beside the test
/// bundle is normally current and costs nothing. It is used only when it is newer than every
/// file under `Sources/`, `Plugins/`, `Scenarios/` and the product's own folders, and the build
/// that made it read the current `Package.swift` and `Package.resolved` (see ``currentSibling()``):
/// after `swift test --skip-build` with edited sources it is not. Then the product is built with `swift build --product NAME --scratch-path .build-e2e`,
/// incrementally, with a deadline: not in `.build`, whose lock `swift test` holds while the tests
/// run. On a fresh clone that second folder costs one full debug build of the product.
///
/// ```swift
/// static let console = FreshExecutable(product: "jre-console", overrideVariable: "JRE_CONSOLE_BINARY")
/// let path = try console.path()   // or a failure saying why, with the build log
/// ```
public struct FreshExecutable: Sendable {
    /// Why there is no current binary.
    public struct Unavailable: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The package's root folder.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // JRETestSupport/
        .deletingLastPathComponent() // Tests/
        .deletingLastPathComponent()

    /// The scratch folder of the tests' own builds (git-ignored by `.build-*/`).
    public static let scratchFolder = ".build-e2e"

    /// How long a build may take before the tests give up.
    public static let buildDeadline: Duration = .seconds(1200)

    public let product: String
    /// An environment variable naming a binary to use instead (a release build, an installed copy); used as given.
    public let overrideVariable: String?
    /// Folders, relative to the package root, that the product is built from besides the common inputs.
    public let extraInputs: [String]

    public init(product: String, overrideVariable: String? = nil, extraInputs: [String] = []) {
        self.product = product
        self.overrideVariable = overrideVariable
        self.extraInputs = extraInputs
    }

    /// The binary's path: the override, else the current one beside the test bundle, else a fresh build.
    public func locate() -> Result<String, Unavailable> {
        let files = FileManager.default
        if let variable = overrideVariable, let given = ProcessInfo.processInfo.environment[variable], !given.isEmpty {
            return files.isExecutableFile(atPath: given)
                ? .success(given)
                : .failure(Unavailable(description: "\(variable)=\(given) is not an executable file"))
        }
        if let sibling = currentSibling() { return .success(sibling) }
        return build()
    }

    /// ``locate()``, throwing its failure.
    public func path() throws -> String { try locate().get() }

    // MARK: Freshness

    /// The source folders every product of the package is built from.
    static let sourceInputs = ["Sources", "Plugins", "Scenarios"]
    /// The manifest and the pinned dependencies.
    static let manifestInputs = ["Package.swift", "Package.resolved"]

    /// The product beside the test bundle, if it is proven current: newer than every source file,
    /// and built by a build that read the current manifest. A manifest edit that changes nothing
    /// for the product does not relink it, so the second proof is the build plan SwiftPM writes
    /// on every build (`description.json` beside the products) being newer than the manifest.
    func currentSibling() -> String? {
        let folder = Self.testBundleFolder
        let sibling = folder.appendingPathComponent(product).path
        let plan = folder.appendingPathComponent("description.json").path
        guard Self.isModified(plan, after: Self.newestModification(under: Self.manifestInputs)),
              FileManager.default.isExecutableFile(atPath: sibling),
              Self.isModified(sibling, after: Self.newestModification(under: Self.sourceInputs + extraInputs)) else { return nil }
        return sibling
    }

    /// The folder of the running test bundle (where `swift test` put every product).
    static var testBundleFolder: URL {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent()
    }

    /// The latest modification date of the files under `paths` (relative to the root; missing ones are skipped).
    static func newestModification(under paths: [String]) -> Date {
        let files = FileManager.default
        var newest = Date.distantPast
        func note(_ url: URL) {
            if let date = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate, date > newest {
                newest = date
            }
        }
        for path in paths {
            let url = packageRoot.appendingPathComponent(path)
            guard files.fileExists(atPath: url.path) else { continue }
            note(url)
            guard let walker = files.enumerator(at: url, includingPropertiesForKeys: [.contentModificationDateKey]) else { continue }
            for case let file as URL in walker { note(file) }
        }
        return newest
    }

    /// Whether the file at `path` exists and was modified after `date`.
    static func isModified(_ path: String, after date: Date) -> Bool {
        guard let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return false }
        return modified > date
    }

    // MARK: Building

    private func build() -> Result<String, Unavailable> {
        let files = FileManager.default
        let command = ["swift", "build", "--product", product, "--scratch-path", Self.scratchFolder]
        let shown = command.joined(separator: " ")
        let built = Self.packageRoot.appendingPathComponent(Self.scratchFolder + "/debug/" + product).path
        let log = files.temporaryDirectory.appendingPathComponent("\(product)-e2e-build-\(getpid()).log")
        files.createFile(atPath: log.path, contents: nil)
        let handle = try? FileHandle(forWritingTo: log)
        defer { try? handle?.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.currentDirectoryURL = Self.packageRoot
        process.standardOutput = handle
        process.standardError = handle
        do {
            try process.run()
        } catch {
            return .failure(Unavailable(description: "no current \(product) (the one beside the tests is missing or older than the sources) and `\(shown)` could not start: \(error)"))
        }
        let deadline = ContinuousClock.now + Self.buildDeadline
        while process.isRunning, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.2) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return .failure(Unavailable(description: "no current \(product) and `\(shown)` did not finish within \(Self.buildDeadline) (log: \(log.path))"))
        }
        guard process.terminationStatus == 0 else {
            return .failure(Unavailable(description: "no current \(product) and `\(shown)` failed with status \(process.terminationStatus) (log: \(log.path))"))
        }
        // A successful build is current by SwiftPM's own judgement (it may not relink when nothing changed).
        guard files.isExecutableFile(atPath: built) else {
            return .failure(Unavailable(description: "`\(shown)` succeeded but \(built) is not an executable file (log: \(log.path))"))
        }
        return .success(built)
    }
}
