import Testing

/// The tag of the tests that take seconds each: soak, fuzzing, tmux end to end, large agreement runs.
///
/// A slow suite carries `.tags(.slow)` **and** a type name ending in `SlowTests`, so that the quick
/// subset is a plain name filter: `swift test --skip SlowTests` (see `Tests/quick`).
extension Tag {
    @Tag public static var slow: Self
}
