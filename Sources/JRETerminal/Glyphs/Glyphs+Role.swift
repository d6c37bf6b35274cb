import JREText

extension Glyphs {
    /// The severity mark that goes with a severity role (`ok`, `watch`, `alert`), if any.
    public func mark(for role: Role) -> String? {
        switch role {
        case .ok: ok
        case .watch: watch
        case .alert, .error: alert
        case .new: newMarker
        default: nil
        }
    }
}
