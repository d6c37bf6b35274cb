import Testing
import JRETerminal

@Suite struct ASCIIFallbackTests {
    @Test(arguments: [
        ("a", "a"), ("é", "e"), ("e\u{301}", "e"), ("Ç", "C"), ("à", "a"), ("œ", "o"), ("«", "\""),
        ("日", "?"), ("●", "?"), ("\u{00A0}", " "),
    ])
    func graphemesGetOneCellASCIIStandIns(grapheme: String, expected: String) {
        #expect(ASCIIFallback.character(for: grapheme) == expected)
    }
}
