import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// Narrowing the board: one alert (f), a severity (v), the sort order (s), a name (/).
@Suite struct FilterAndSearchTests {
    /// The board's claimant names, top to bottom (a tall screen so nothing scrolls away).
    static func names(_ state: AppState) -> [String] {
        var tall = state
        tall.handle(.resize(width: 80, height: 60))
        let names = tall.workshop.map { $0.scenario.claimants.map(\.name) } ?? []
        return tall.lines().filter { $0.hasPrefix("  ") || $0.hasPrefix("★ ") }.compactMap { line in
            names.first { line.dropFirst(2).hasPrefix($0) }
        }
    }

    static func statusLine(_ state: AppState) -> String {
        let lines = state.lines()
        return lines[lines.count - 2]
    }

    @Test func fShowsOneAlertAtATimeThenAll() throws {
        var state = try Console.onBoard(day: 1)
        state.press(.char("f"))
        var text = state.text()
        #expect(text.contains("■ Dynamique de recherche faible (3)"))
        #expect(!text.contains("Parcours à analyser (5)"))
        #expect(!text.contains("Reste du portefeuille"))
        #expect(Self.names(state) == ["Fatima Zahra El Idrissi", "Gérard Lemoine", "Mamadou Diallo"])
        #expect(Self.statusLine(state).hasPrefix(" Tri : nom · filtre : Dynamique de recherche faible"))
        #expect(state.grid()[row: state.height - 2, col: 1].role == .accent, "a filter in force stands out")
        state.press(.char("f"))
        #expect(state.text().contains("Situations à examiner (0)"))
        #expect(Self.names(state).isEmpty)
        state.press(.char("f"))
        text = state.text()
        #expect(text.contains("■ Parcours à analyser (5)"))
        #expect(Self.names(state) == ["Christiane Dubois", "Fatima Zahra El Idrissi", "Gérard Lemoine", "Patrick Roux", "Thomas Girard"])
        state.press(.char("f"))
        #expect(state.text().contains("Reste du portefeuille (12)"))
        #expect(Self.names(state).count == 20)
        #expect(Self.statusLine(state).hasPrefix(" Tri : nom  ■ alerte"))
    }

    @Test func vShowsWatchAndWorseThenAlertOnlyThenAll() throws {
        var state = try Console.onBoard(day: 1)
        let all = Set(Self.names(state))
        state.press(.char("v"))
        #expect(Self.statusLine(state).contains("filtre : ≥ à surveiller"))
        let watch = Set(Self.names(state))
        state.press(.char("v"))
        #expect(Self.statusLine(state).contains("filtre : ≥ alerte"))
        let alert = Set(Self.names(state))
        // On day 1 every claimant has a « moyenne » (watch) or worse level somewhere.
        #expect(alert.isSubset(of: watch))
        #expect(watch.isSubset(of: all))
        #expect(alert.contains("Gérard Lemoine"), "his dynamic is « faible » (alert)")
        #expect(alert.contains("Thomas Girard"), "his dispersion is « élevé » (alert)")
        #expect(!alert.contains("Inès Benali"))
        state.press(.char("v"))
        #expect(Set(Self.names(state)) == all)
        #expect(!Self.statusLine(state).contains("filtre"))
    }

    @Test func sSortsByNameSeverityAndLastLogin() throws {
        var state = try Console.onBoard(day: 22, width: 80, height: 60)
        let byName = Self.names(state)
        #expect(Self.statusLine(state).hasPrefix(" Tri : nom"))
        state.press(.char("s"))
        #expect(Self.statusLine(state).hasPrefix(" Tri : gravité"))
        let bySeverity = Self.names(state)
        #expect(bySeverity != byName)
        #expect(Set(bySeverity) == Set(byName))
        state.press(.char("s"))
        #expect(Self.statusLine(state).hasPrefix(" Tri : dernière connexion"))
        let byLogin = Self.names(state)
        // In the rest of the caseload, the longest without a login comes first.
        let rest = try #require(state.lines().firstIndex { $0.hasPrefix("Reste du portefeuille") })
        let firstOfRest = state.lines()[rest + 1]
        #expect(firstOfRest.contains("Nadia Ferreira"), "7 days without login, the most in the rest: \(firstOfRest)")
        #expect(byLogin != byName)
        state.press(.char("s"))
        #expect(Self.names(state) == byName)
    }

    @Test func escClearsFiltersFirstThenGoesBackToThePicker() throws {
        var state = try Console.onBoard(day: 1)
        state.press(.char("f"), .char("v"))
        state.press(.escape)
        #expect(state.screen == .board)
        #expect(!Self.statusLine(state).contains("filtre"))
        #expect(Self.names(state).count == 20)
        state.press(.escape)
        #expect(state.screen == .picker)
    }

    @Test func slashTypesANameBackspaceEditsEnterKeeps() throws {
        var state = try Console.onBoard(day: 1)
        state.press(.char("/"))
        #expect(state.lines().last == " Chercher un nom :")
        state.type("elo")
        #expect(state.lines().last == " Chercher un nom : elo")
        let grid = state.grid()
        #expect(grid.cursor?.row == grid.height - 1, "the cursor waits in the prompt")
        // Accents and capitals do not matter.
        #expect(Self.names(state) == ["Élodie Marchand"])
        state.press(.backspace)
        #expect(Self.names(state) == ["Fatima Zahra El Idrissi", "Fatima Zahra El Idrissi", "Élodie Marchand"])
        state.press(.char("o"), .enter)
        #expect(Self.names(state) == ["Élodie Marchand"])
        #expect(Self.statusLine(state).contains("filtre : « elo »"))
        #expect(state.lines().last?.contains("Chercher") == false, "the prompt is closed, the filter stays")
        state.press(.escape)
        #expect(Self.names(state).count == 20)
    }

    @Test func escWhileTypingClearsTheSearch() throws {
        var state = try Console.onBoard(day: 1)
        state.press(.char("/"))
        state.type("lemoine")
        #expect(Self.names(state) == ["Gérard Lemoine", "Gérard Lemoine"])
        state.press(.escape)
        #expect(Self.names(state).count == 20)
        #expect(state.screen == .board)
        #expect(state.lines().last?.contains("Chercher") == false)
    }

    @Test func lettersThatAreKeysAreTypedWhileSearching() throws {
        var state = try Console.onBoard(day: 5)
        state.press(.char("/"))
        state.type("qnjw?")
        #expect(!state.isFinished)
        #expect(state.day == 5)
        #expect(state.modal != .help)
        #expect(state.lines().last == " Chercher un nom : qnjw?")
        #expect(Self.names(state).isEmpty)
    }

    @Test func theHighlightedClaimantIsTheOneOpenedAfterASearch() throws {
        var state = try Console.onBoard(day: 1)
        #expect(state.selectedName == "Fatima Zahra El Idrissi")
        state.press(.char("/"))
        state.type("elo")
        state.press(.enter)
        #expect(state.cursorLine?.contains("Élodie Marchand") == true)
        state.press(.enter)
        #expect(state.text().contains("Élodie Marchand  (elodie)"), "the file opened should be the highlighted claimant's")
    }

    @Test func theHighlightedClaimantIsTheOneExplainedAfterAnAlertFilter() throws {
        var state = try Console.onBoard(day: 1)
        state.press(.end)
        #expect(state.selectedName == "Yannick Le Goff")
        state.press(.char("f"))
        #expect(state.cursorLine?.contains("Fatima Zahra El Idrissi") == true)
        state.press(.char("w"))
        #expect(state.text().contains("Pourquoi ? — Fatima Zahra El Idrissi"), "« Pourquoi ? » should explain the highlighted claimant")
    }

    @Test func englishStatusLine() throws {
        var state = try Console.onBoard(day: 1, lang: .en)
        state.press(.char("s"), .char("f"))
        #expect(Self.statusLine(state).hasPrefix(" Sort: severity · filter: Low search dynamic"))
    }
}
