import Foundation

/// A language the console and the headless commands speak.
public enum Lang: String, Sendable, CaseIterable, Codable {
    case fr
    case en

    /// The language a user's environment asks for: English when the locale is English, else French.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Lang {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
            guard let value = environment[name], !value.isEmpty,
                  value != "C", value != "POSIX", !value.hasPrefix("C.") else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .fr
        }
        return .fr
    }

    /// The other language, used as the fallback for texts missing in this one.
    public var other: Lang { self == .fr ? .en : .fr }
}
