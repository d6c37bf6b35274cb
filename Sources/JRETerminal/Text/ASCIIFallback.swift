import Foundation

/// Plain ASCII stand-ins for graphemes, for terminals whose locale is not UTF-8.
///
/// Such a terminal cannot show `é` or `日`: ncurses would leave a blank. The backend shows
/// the base letter instead (`é` → `e`, `Ç` → `C`, `œ` → `oe`… as far as one cell goes) and `?`
/// for anything else, so French text stays readable and nothing vanishes silently.
public enum ASCIIFallback {
    /// The one-cell ASCII stand-in for a grapheme (the grapheme itself when already ASCII).
    public static func character(for grapheme: String) -> String {
        if grapheme.unicodeScalars.allSatisfy(\.isASCII) { return grapheme }
        if let special = ligatures[grapheme] { return special }
        if let base = grapheme.decomposedStringWithCanonicalMapping.unicodeScalars.first,
           base.isASCII, base.properties.isAlphabetic {
            return String(base)
        }
        return "?"
    }

    /// Letters without a canonical decomposition, shown as their first letter (one cell).
    private static let ligatures: [String: String] = [
        "œ": "o", "Œ": "O", "æ": "a", "Æ": "A", "ß": "s", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
        "«": "\"", "»": "\"", "’": "'", "‘": "'", "“": "\"", "”": "\"", "–": "-", "—": "-", "…": ".",
        "\u{00A0}": " ", "\u{202F}": " ",
    ]
}
