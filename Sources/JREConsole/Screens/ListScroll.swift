/// How far a list or a text is scrolled: the state the briefing, compare and sources screens own.
public struct ListScroll: Sendable, Equatable {
    /// The first line shown.
    public var offset = 0

    public init(offset: Int = 0) {
        self.offset = offset
    }

    /// Scrolls for a moving action, by a line or by `page`; false when `action` does not scroll.
    mutating func follow(_ action: ConsoleAction, page: Int) -> Bool {
        switch action {
        case .moveUp: offset = max(0, offset - 1)
        case .moveDown: offset += 1
        case .pageUp: offset = max(0, offset - page)
        case .pageDown: offset += page
        default: return false
        }
        return true
    }
}
