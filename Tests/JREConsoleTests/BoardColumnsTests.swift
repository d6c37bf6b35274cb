import Testing
import JREConsole
import JREText

/// The board's columns fit the people on it: job seekers have an age and a last login; the CAF's
/// households have neither, so their board leaves both columns out instead of rows of « — ».
@Suite struct BoardColumnsTests {
    @Test func jobSeekersShowAgeAndLastLogin() throws {
        let text = try Console.onBoard("portefeuille", day: 20, width: 120, height: 40).text()
        #expect(text.contains("Âge") && text.contains("Conn."))
    }

    @Test func householdsShowNeither() throws {
        for lang in [Lang.fr, .en] {
            let state = try Console.onBoard("allocataires", day: 120, lang: lang, width: 120, height: 40)
            let header = state.text().split(separator: "\n").first { $0.contains(lang == .fr ? "Demandeur" : "Claimant") } ?? ""
            #expect(!header.contains(lang == .fr ? "Âge" : "Age"), "\(header)")
            #expect(!header.contains(lang == .fr ? "Conn." : "Login"), "\(header)")
            #expect(!state.text().contains("—     ■"), "rows of dashes for what households do not have")
        }
    }
}
