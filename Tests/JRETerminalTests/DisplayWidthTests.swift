import CNcursesw
import Foundation
import Testing
@testable import JRETerminal

@Suite struct DisplayWidthTests {
    @Test func asciiAndLatinLettersTakeOneColumn() {
        #expect(DisplayWidth.of("Dynamique") == 9)
        #expect(DisplayWidth.of("Été à Besançon") == 14)
    }

    @Test func eastAsianCharactersTakeTwoColumns() {
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of(character: "語") == 2)
        #expect(DisplayWidth.of("ＡＢ") == 4)  // fullwidth Latin
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.kind(of: "\u{301}") == .zero)
        #expect(DisplayWidth.kind(of: "\u{200D}") == .zero)
    }

    @Test func controlCharactersAreUnprintable() {
        #expect(DisplayWidth.kind(of: "\u{7}") == .unprintable)
        #expect(DisplayWidth.kind(of: "\u{9B}") == .unprintable)
        #expect(DisplayWidth.kind(of: "\u{0}") == .unprintable)
    }

    @Test func truncationKeepsWideCharactersWholeAndAddsTheEllipsis() {
        #expect(DisplayWidth.truncated("Dynamique de recherche", toWidth: 10, ellipsis: "…") == "Dynamique…")
        #expect(DisplayWidth.truncated("日本語", toWidth: 5, ellipsis: "…") == "日本…")
        #expect(DisplayWidth.truncated("日本語", toWidth: 4, ellipsis: "") == "日本")
        #expect(DisplayWidth.truncated("日本語", toWidth: 3, ellipsis: "") == "日")
        #expect(DisplayWidth.truncated("abcdef", toWidth: 2, ellipsis: "...") == "..")
        #expect(DisplayWidth.truncated("abc", toWidth: 3, ellipsis: "...") == "abc")
        #expect(DisplayWidth.truncated("abc", toWidth: 0, ellipsis: "…") == "")
    }

    @Test func paddingFillsToTheExactWidth() {
        #expect(DisplayWidth.padded("ab", toWidth: 4) == "ab  ")
        #expect(DisplayWidth.padded("日本", toWidth: 3) == "日 ")
        #expect(DisplayWidth.padded("abcdef", toWidth: 3) == "abc")
    }

    /// The generated table must agree with the C library ncurses uses to place characters.
    @Test func tableMatchesTheCLibraryWcwidth() throws {
        guard let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else {
            Issue.record("the C.UTF-8 locale is missing")
            return
        }
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        var mismatches: [String] = []
        for value in UInt32(1)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = Int(jre_wcwidth(wchar_t(bitPattern: value)))
            let kind = DisplayWidth.kind(of: scalar)
            let actual = switch kind {
            case .zero: 0
            case .narrow: 1
            case .wide: 2
            case .unprintable: -1
            }
            if actual != expected, mismatches.count < 20 {
                mismatches.append(String(format: "U+%04X: table %d, wcwidth %d", value, actual, expected))
            }
        }
        #expect(mismatches.isEmpty, "regenerate DisplayWidth+Table.swift: \(mismatches)")
    }
}
