import Foundation
import JREConsole
import JRECore
import JRETerminal

/// What the executable hands the kiosk: its scenarios, settings and session folder.
public struct KioskLaunch: Sendable {
    public var library: ScenarioLibrary
    public var catalog: KioskCatalog
    public var configuration: KioskConfiguration
    /// The only folder the kiosk writes to (the visitor's journal).
    public var sessionFolder: URL
    public var ascii: Bool

    public init(library: ScenarioLibrary, catalog: KioskCatalog, configuration: KioskConfiguration, sessionFolder: URL, ascii: Bool) {
        self.library = library
        self.catalog = catalog
        self.configuration = configuration
        self.sessionFolder = sessionFolder
        self.ascii = ascii
    }

    /// The default session folder: `jre-console/sessions/kiosk` in the user's data directory.
    public static func defaultSessionFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        SessionJournal.defaultFolder(scenario: "kiosk", environment: environment)
    }
}
