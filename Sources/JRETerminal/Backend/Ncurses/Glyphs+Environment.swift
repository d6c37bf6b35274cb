import CNcursesw
import Foundation
import JREText

extension Glyphs {
    /// The glyph set for this process: ASCII when asked (`--ascii`) or when the locale's
    /// codeset is not UTF-8, Unicode otherwise.
    ///
    /// Calls `setlocale(LC_ALL, "")` first, as ncurses needs anyway.
    public static func forEnvironment(ascii: Bool) -> Glyphs {
        if ascii { return .ascii }
        setlocale(LC_ALL, "")
        return jre_locale_is_utf8() != 0 ? .unicode : .ascii
    }
}
