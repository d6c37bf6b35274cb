import Testing

/// Suites that touch process-wide state (the ncurses screen, signal dispositions, the locale):
/// their tests run one at a time, never alongside each other.
@Suite(.serialized) enum ProcessWideStateTests {}
