import JREText

/// A text shown to people, in French, English or both.
public struct LocalizedText: Sendable, Hashable {
    public var fr: String?
    public var en: String?

    public init(fr: String? = nil, en: String? = nil) {
        self.fr = fr
        self.en = en
    }

    /// A plain text written in `lang`.
    public init(_ text: String, lang: Lang) {
        self.init(fr: lang == .fr ? text : nil, en: lang == .en ? text : nil)
    }

    /// The text in `lang`, falling back to the other language, else empty.
    public func resolve(_ lang: Lang) -> String {
        switch lang {
        case .fr: return fr ?? en ?? ""
        case .en: return en ?? fr ?? ""
        }
    }

    /// Every language version present, for scans such as the personal-data check.
    public var allTexts: [String] { [fr, en].compactMap { $0 } }

    public var isEmpty: Bool { (fr ?? "").isEmpty && (en ?? "").isEmpty }
}
