/// One result of ncurses' `wget_wch`, before decoding.
public enum RawInput: Equatable, Sendable {
    /// `wget_wch` returned `OK`: a character code (a Unicode scalar or a control byte).
    case character(UInt32)
    /// `wget_wch` returned `KEY_CODE_YES`: a `KEY_*` code.
    case keyCode(Int32)
}

/// The `KEY_*` codes of the curses library in use (see `KeyCodes.ncurses`).
///
/// Passed in rather than hard-coded so decoding is testable without a terminal and never
/// depends on one library's numbering.
public struct KeyCodes: Equatable, Sendable {
    public var up: Int32
    public var down: Int32
    public var left: Int32
    public var right: Int32
    public var home: Int32
    public var end: Int32
    public var pageUp: Int32
    public var pageDown: Int32
    public var enter: Int32
    public var backspace: Int32
    public var delete: Int32
    public var insert: Int32
    public var backTab: Int32
    public var resize: Int32
    public var mouse: Int32
    /// `KEY_F0`; `KEY_F(n)` is `f0 + n`.
    public var f0: Int32
    /// Keypad corners as some terminals send them: upper left (Home), upper right (PgUp),
    /// lower left (End), lower right (PgDn).
    public var keypadUpperLeft: Int32
    public var keypadUpperRight: Int32
    public var keypadLowerLeft: Int32
    public var keypadLowerRight: Int32

    public init(
        up: Int32, down: Int32, left: Int32, right: Int32, home: Int32, end: Int32, pageUp: Int32,
        pageDown: Int32, enter: Int32, backspace: Int32, delete: Int32, insert: Int32, backTab: Int32,
        resize: Int32, mouse: Int32, f0: Int32, keypadUpperLeft: Int32, keypadUpperRight: Int32,
        keypadLowerLeft: Int32, keypadLowerRight: Int32
    ) {
        self.up = up
        self.down = down
        self.left = left
        self.right = right
        self.home = home
        self.end = end
        self.pageUp = pageUp
        self.pageDown = pageDown
        self.enter = enter
        self.backspace = backspace
        self.delete = delete
        self.insert = insert
        self.backTab = backTab
        self.resize = resize
        self.mouse = mouse
        self.f0 = f0
        self.keypadUpperLeft = keypadUpperLeft
        self.keypadUpperRight = keypadUpperRight
        self.keypadLowerLeft = keypadLowerLeft
        self.keypadLowerRight = keypadLowerRight
    }
}

/// What a raw input decodes to.
public enum DecodedInput: Equatable, Sendable {
    /// A complete event.
    case event(InputEvent)
    /// The terminal was resized: ask the library for the new size.
    case resize
    /// A mouse event is waiting: ask the library for it (`getmouse`).
    case mouse
    /// Nothing the program needs (an unknown key code, an invalid character).
    case ignored
}

/// Turns `wget_wch` results into keys: pure, so it is tested without a terminal.
///
/// | input | key |
/// | --- | --- |
/// | 10, 13, `KEY_ENTER` | ``Key/enter`` |
/// | 9 / `KEY_BTAB` | ``Key/tab`` / ``Key/backTab`` |
/// | 8, 127, `KEY_BACKSPACE` | ``Key/backspace`` |
/// | 27 | ``Key/escape`` (Alt-x arrives as escape then `x`) |
/// | 0, 1–26, 28–31 | ``Key/ctrl(_:)`` with `@`, `a`–`z`, `\`, `]`, `^`, `_` |
/// | other characters | ``Key/char(_:)`` |
/// | `KEY_F(n)` | ``Key/function(_:)`` |
public enum KeyDecoder {
    /// Decodes one `wget_wch` result.
    public static func decode(_ raw: RawInput, codes: KeyCodes) -> DecodedInput {
        switch raw {
        case .character(let value):
            return decodeCharacter(value)
        case .keyCode(let code):
            return decodeKeyCode(code, codes: codes)
        }
    }

    private static func decodeCharacter(_ value: UInt32) -> DecodedInput {
        switch value {
        case 10, 13: return .event(.key(.enter))
        case 9: return .event(.key(.tab))
        case 8, 127: return .event(.key(.backspace))
        case 27: return .event(.key(.escape))
        case 0: return .event(.key(.ctrl("@")))
        case 1...26:
            guard let scalar = Unicode.Scalar(value + 96) else { return .ignored }
            return .event(.key(.ctrl(Character(scalar))))
        case 28: return .event(.key(.ctrl("\\")))
        case 29: return .event(.key(.ctrl("]")))
        case 30: return .event(.key(.ctrl("^")))
        case 31: return .event(.key(.ctrl("_")))
        case 0x80..<0xA0: return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .event(.key(.char(Character(scalar))))
        }
    }

    private static func decodeKeyCode(_ code: Int32, codes: KeyCodes) -> DecodedInput {
        switch code {
        case codes.resize: return .resize
        case codes.mouse: return .mouse
        case codes.up: return .event(.key(.up))
        case codes.down: return .event(.key(.down))
        case codes.left: return .event(.key(.left))
        case codes.right: return .event(.key(.right))
        case codes.home, codes.keypadUpperLeft: return .event(.key(.home))
        case codes.end, codes.keypadLowerLeft: return .event(.key(.end))
        case codes.pageUp, codes.keypadUpperRight: return .event(.key(.pageUp))
        case codes.pageDown, codes.keypadLowerRight: return .event(.key(.pageDown))
        case codes.enter: return .event(.key(.enter))
        case codes.backspace: return .event(.key(.backspace))
        case codes.delete: return .event(.key(.delete))
        case codes.insert: return .event(.key(.insert))
        case codes.backTab: return .event(.key(.backTab))
        case (codes.f0 + 1)...(codes.f0 + 63): return .event(.key(.function(Int(code - codes.f0))))
        default: return .ignored
        }
    }
}
