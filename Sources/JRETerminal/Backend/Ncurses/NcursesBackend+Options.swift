import Foundation

extension NcursesBackend {
    /// Whether to use colour.
    public enum ColorMode: Equatable, Sendable {
        /// Colour unless `NO_COLOR` is set (non-empty) or the terminal has fewer than 8 colours.
        case automatic
        /// Attributes only (bold, underline, reverse, dim), whatever the terminal can do.
        case monochrome
        /// Colour whenever the terminal has at least 8 colours, even with `NO_COLOR`.
        case color
    }

    /// Where the screen is drawn and read from.
    public enum Device: Equatable, Sendable {
        /// Standard input and output (the normal case).
        case standardStreams
        /// Files opened by path, for example `/dev/null` in tests or `/dev/tty`.
        case paths(input: String, output: String)
    }

    /// How to start ncurses.
    public struct Options: Sendable {
        /// The terminal type; `nil` reads `TERM` from ``environment``.
        public var terminalType: String?
        /// Where to draw and read.
        public var device: Device
        /// Refuse to start when standard input or output is not a terminal (turn off only to
        /// draw to a file in tests).
        public var requireTerminal: Bool
        /// Colour or monochrome.
        public var colorMode: ColorMode
        /// Report clicks and the wheel (takes over the terminal's own text selection).
        public var mouse: Bool
        /// Receive SIGINT/SIGTERM/SIGHUP as events and restore the terminal on crashes.
        public var handleSignals: Bool
        /// How long a lone Escape waits for the rest of a key sequence.
        public var escapeDelayMilliseconds: Int
        /// The environment read for `TERM` and `NO_COLOR`.
        public var environment: [String: String]

        /// Options for the interactive console on the standard streams.
        public init(
            terminalType: String? = nil,
            device: Device = .standardStreams,
            requireTerminal: Bool = true,
            colorMode: ColorMode = .automatic,
            mouse: Bool = true,
            handleSignals: Bool = true,
            escapeDelayMilliseconds: Int = 25,
            environment: [String: String] = ProcessInfo.processInfo.environment
        ) {
            self.terminalType = terminalType
            self.device = device
            self.requireTerminal = requireTerminal
            self.colorMode = colorMode
            self.mouse = mouse
            self.handleSignals = handleSignals
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
            self.environment = environment
        }

        /// Options drawing to `/dev/null` as `terminalType`, for in-process backend tests.
        public static func offscreen(terminalType: String = "xterm-256color", colorMode: ColorMode = .automatic) -> Options {
            Options(
                terminalType: terminalType, device: .paths(input: "/dev/null", output: "/dev/null"),
                requireTerminal: false, colorMode: colorMode, mouse: false, handleSignals: false, environment: [:]
            )
        }
    }
}
