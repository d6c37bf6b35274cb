import JRECore
import JREText

/// Everything the console shows, as a value: the views are pure functions of it.
public struct AppState: Sendable {
    public var lang: Lang
    public var screen: Screen
    public var width: Int
    public var height: Int
    public var picker: PickerState
    public var workshop: WorkshopState?
    /// The population screen, once opened (kept while it is open).
    public var population: PopulationScreen?
    /// What is open over the screen (help, a prompt, the decision dialog…); it takes every key.
    public var modal: Modal?
    /// A one-line message in the footer (errors, confirmations).
    public var status: String?
    public var isFinished = false
    /// The session in use, once opened.
    public var session: SessionStatus?
    /// The journal's writes: what waits, why, read-only.
    public var journal = JournalStatus()
    /// Re-stepping a recorded session (`jre-console replay`); nothing is written then.
    public var replay: ReplayState?

    public init(lang: Lang, picker: PickerState, width: Int = 80, height: Int = 24) {
        self.lang = lang
        self.screen = .picker
        self.picker = picker
        self.width = width
        self.height = height
    }

    /// The smallest terminal the console draws on.
    public static let minimumWidth = 60
    public static let minimumHeight = 20

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}
