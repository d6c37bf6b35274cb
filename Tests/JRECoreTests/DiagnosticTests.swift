import Testing
@testable import JRECore
import JREText

/// Static errors: each names the file, the exact line and column, and reads in French and in English.
/// Columns below were counted by hand on the fixture lines quoted next to them.
@Suite struct DiagnosticTests {
    // MARK: Fixtures (line numbers matter: replace lines, never insert)

    static let rulesetLines = [
        "format: 1",                                                   // 1
        "title: \"Positions\"",                                        // 2
        "events:",                                                     // 3
        "  login: \"Connexion\"",                                      // 4
        "  application:",                                              // 5
        "    label: \"Candidature\"",                                  // 6
        "    attributes: {rome: \"ROME\"}",                            // 7
        "parameters:",                                                 // 8
        "  window: {value: 7, min: 1, max: 90, label: \"Fenêtre\"}",   // 9
        "scores:",                                                     // 10
        "  dynamique:",                                                // 11
        "    label: \"Dynamique\"",                                    // 12
        "    value: \"count(application, window)\"",                   // 13
        "    levels:",                                                 // 14
        "      - {name: faible, if: \"value < 2\", severity: alert}",  // 15
        "      - {name: forte, severity: ok}",                         // 16
        "  connexions:",                                               // 17
        "    label: \"Connexions\"",                                   // 18
        "    value: \"count(login, window)\"",                         // 19
        "alerts:",                                                     // 20
        "  faible:",                                                   // 21
        "    label: \"Faible\"",                                       // 22
        "    when: \"dynamique.level = 'faible'\"",                    // 23
    ]

    static let scenarioLines = [
        "format: 1",                                   // 1
        "title: \"Scénario\"",                         // 2
        "ruleset: regles-test",                        // 3
        "start: 2024-03-04",                           // 4
        "days: 60",                                    // 5
        "claimants:",                                  // 6
        "  - id: anne",                                // 7
        "    name: \"Anne\"",                          // 8
        "    events:",                                 // 9
        "      - {day: 1, type: login}",               // 10
        "      - {day: 2, type: application, rome: \"A1\"}", // 11
        "  - id: bruno",                               // 12
        "    name: \"Bruno\"",                         // 13
        "    events:",                                 // 14
        "      - {date: 2024-03-10, type: login}",     // 15
    ]

    static func text(_ lines: [String], replacing replacements: [Int: String]) -> String {
        var lines = lines
        for (number, line) in replacements { lines[number - 1] = line }
        return lines.joined(separator: "\n") + "\n"
    }

    static let rulesetPath = "bundled:rulesets/\(Fixture.rulesetName).yaml"
    static let scenarioPath = "bundled:\(Fixture.scenarioName).yaml"

    /// Diagnostics of the positions ruleset with some lines replaced, checked on its own.
    static func rulesetDiagnostics(_ replacements: [Int: String]) throws -> [Diagnostic] {
        try Fixture.loadRuleset(text(rulesetLines, replacing: replacements)).diagnostics
    }

    /// Diagnostics of the positions scenario with some lines replaced, against a valid ruleset.
    static func scenarioDiagnostics(_ replacements: [Int: String]) throws -> [Diagnostic] {
        try Fixture.load(ruleset: text(rulesetLines, replacing: [:]), scenario: text(scenarioLines, replacing: replacements)).diagnostics
    }

    /// Checks one error: file, position, message, both languages, and the rendered marker.
    static func check(_ diagnostic: Diagnostic?, file: String, line: Int, column: Int, says fragment: String,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        guard let diagnostic else {
            Issue.record("no diagnostic (expected \(line):\(column) '\(fragment)')", sourceLocation: sourceLocation)
            return
        }
        #expect(diagnostic.severity == .error, sourceLocation: sourceLocation)
        #expect(diagnostic.file == file, sourceLocation: sourceLocation)
        #expect(diagnostic.line == line, "line of: \(diagnostic.english)", sourceLocation: sourceLocation)
        #expect(diagnostic.column == column, "column of: \(diagnostic.english)", sourceLocation: sourceLocation)
        #expect(diagnostic.english.contains(fragment), "message: \(diagnostic.english)", sourceLocation: sourceLocation)
        checkRendering(diagnostic, sourceLocation: sourceLocation)
    }

    static func checkRendering(_ diagnostic: Diagnostic, sourceLocation: SourceLocation = #_sourceLocation) {
        let french = diagnostic.render(.fr), english = diagnostic.render(.en)
        #expect(!french.isEmpty && !english.isEmpty, sourceLocation: sourceLocation)
        #expect(french != english, "the message must exist in both languages", sourceLocation: sourceLocation)
        #expect(diagnostic.message.render(.fr) != diagnostic.message.render(.en), sourceLocation: sourceLocation)
        #expect(english.hasPrefix("\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): error: "), sourceLocation: sourceLocation)
        #expect(diagnostic.headline(.en).hasPrefix("\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): error: "), sourceLocation: sourceLocation)
        if let source = diagnostic.sourceLine {
            #expect(english.contains("\n \(diagnostic.line) | \(source)\n"), "rendered:\n\(english)", sourceLocation: sourceLocation)
        } else {
            Issue.record("no source line to show", sourceLocation: sourceLocation)
        }
        #expect(markerColumn(english) == diagnostic.column, "rendered:\n\(english)", sourceLocation: sourceLocation)
        #expect(markerColumn(french) == diagnostic.column, sourceLocation: sourceLocation)
    }

    // MARK: The fixtures themselves are valid

    @Test func theFixturesLoadWithoutDiagnostics() throws {
        #expect(try Self.rulesetDiagnostics([:]).isEmpty)
        #expect(try Self.scenarioDiagnostics([:]).isEmpty)
    }

    // MARK: YAML and structure

    @Test func yamlSyntaxError() throws {
        // `title: a: b` — the second `:` is in column 9.
        let diagnostics = try Self.scenarioDiagnostics([2: "title: a: b"])
        #expect(diagnostics.count == 1)
        Self.check(diagnostics.first, file: Self.scenarioPath, line: 2, column: 9, says: "invalid YAML")
    }

    @Test func yamlDuplicateKey() throws {
        // Lines 1 and 2 both say `title:`: the second one is at fault.
        let diagnostics = try Self.scenarioDiagnostics([1: "title: \"Encore\""])
        #expect(diagnostics.count == 1)
        Self.check(diagnostics.first, file: Self.scenarioPath, line: 2, column: 1, says: "duplicate key: 'title'")
    }

    @Test func unknownKeySuggestsTheCloseOne() throws {
        // `  window: {value: 7, min: 1, max: 90, lable: "Fenêtre"}` — `lable` in column 39.
        let diagnostics = try Self.rulesetDiagnostics([9: "  window: {value: 7, min: 1, max: 90, lable: \"Fenêtre\"}"])
        #expect(diagnostics.count == 1)
        Self.check(diagnostics.first, file: Self.rulesetPath, line: 9, column: 39, says: "unknown key 'lable' — did you mean 'label'?")
    }

    @Test func unknownKeyInAnEventTypeSuggestsLabel() throws {
        // `  login: {lable: "Connexion"}` — `lable` in column 11: a misspelt `label`, not a language.
        let diagnostics = try Self.rulesetDiagnostics([4: "  login: {lable: \"Connexion\"}"])
        #expect(diagnostics.count == 1, "\(diagnostics.map { $0.headline(.en) })")
        Self.check(diagnostics.first, file: Self.rulesetPath, line: 4, column: 11, says: "did you mean 'label'?")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        // `  window: {label: "Fenêtre été", value: 7, min: 1, max: 90, lable: "x"}` — three accented letters
        // before `lable`, which is in column 61 (it would be 64 counting UTF-8 bytes).
        let diagnostics = try Self.rulesetDiagnostics([9: "  window: {label: \"Fenêtre été\", value: 7, min: 1, max: 90, lable: \"x\"}"])
        #expect(diagnostics.count == 1)
        Self.check(diagnostics.first, file: Self.rulesetPath, line: 9, column: 61, says: "unknown key 'lable'")
    }

    @Test func unknownTopLevelKeyInAScenario() throws {
        // A misspelt required key is reported once: as unknown, with the suggestion, not also as missing.
        let diagnostics = try Self.scenarioDiagnostics([2: "titel: \"Scénario\""])
        #expect(diagnostics.count == 1)
        let unknown = diagnostics.first { $0.english.contains("unknown key") }
        Self.check(unknown, file: Self.scenarioPath, line: 2, column: 1, says: "unknown key 'titel' — did you mean 'title'?")
        #expect(!diagnostics.contains { $0.english.contains("required key") })
    }

    @Test func missingRequiredKey() throws {
        // The claimant's mapping starts at `id` on line 7, column 5 (`  - id: anne`).
        let diagnostics = try Self.scenarioDiagnostics([8: "    nom: \"Anne\""])
        #expect(diagnostics.count == 2)
        Self.check(diagnostics.first { $0.english.contains("required") }, file: Self.scenarioPath, line: 7, column: 5, says: "required key 'name' is missing")
        Self.check(diagnostics.first { $0.english.contains("unknown key") }, file: Self.scenarioPath, line: 8, column: 5, says: "unknown key 'nom'")
    }

    @Test func missingRequiredKeyInAScore() throws {
        // The score `dynamique` has no `value` any more; its mapping starts at `label` (line 12, column 5).
        let diagnostics = try Self.rulesetDiagnostics([13: "    description: \"sans valeur\""])
        #expect(diagnostics.contains { $0.line == 12 && $0.column == 5 && $0.english == "required key 'value' is missing" })
        Self.check(diagnostics.first { $0.english.contains("required") }, file: Self.rulesetPath, line: 12, column: 5, says: "required key 'value' is missing")
    }

    @Test func duplicateClaimantId() throws {
        // `  - id: anne` — the id in column 9.
        let diagnostics = try Self.scenarioDiagnostics([12: "  - id: anne"])
        #expect(diagnostics.count == 1)
        Self.check(diagnostics.first, file: Self.scenarioPath, line: 12, column: 9, says: "claimant 'anne' already defined on line 7")
    }

    @Test func unknownEventTypeInAScenario() throws {
        // `      - {day: 1, type: logn}` — `logn` in column 24.
        let diagnostics = try Self.scenarioDiagnostics([10: "      - {day: 1, type: logn}"])
        let error = diagnostics.first { $0.english.contains("unknown event type") }
        Self.check(error, file: Self.scenarioPath, line: 10, column: 24, says: "unknown event type 'logn': ruleset 'regles-test' does not declare it — did you mean 'login'?")
        #expect(error?.length == 4)
        #expect(error?.render(.en).hasSuffix("^~~~") == true, "the marker underlines the whole name")
        #expect(error?.headline(.en).hasSuffix("[claimant 'anne', event #1]") == true, "\(error?.headline(.en) ?? "")")
        #expect(error?.headline(.fr).hasSuffix("[demandeur « anne », événement n° 1]") == true, "\(error?.headline(.fr) ?? "")")
    }

    @Test func eventDayOutsideTheRun() throws {
        // `      - {day: 61, type: login}` — `61` in column 15.
        let diagnostics = try Self.scenarioDiagnostics([10: "      - {day: 61, type: login}"])
        #expect(diagnostics.count == 1)
        Self.check(diagnostics.first, file: Self.scenarioPath, line: 10, column: 15, says: "day 61 is outside the run (1 to 60)")
        let zero = try Self.scenarioDiagnostics([10: "      - {day: 0, type: login}"])
        Self.check(zero.first, file: Self.scenarioPath, line: 10, column: 15, says: "day 0 is outside the run (1 to 60)")
    }

    @Test func eventDateOutsideTheRun() throws {
        // Day 60 is 2024-05-02. `      - {date: 2024-05-03, type: login}` — the date in column 16.
        let after = try Self.scenarioDiagnostics([15: "      - {date: 2024-05-03, type: login}"])
        #expect(after.count == 1)
        Self.check(after.first, file: Self.scenarioPath, line: 15, column: 16, says: "date 2024-05-03 is outside the run (2024-03-04 to 2024-05-02)")
        let before = try Self.scenarioDiagnostics([15: "      - {date: 2024-03-03, type: login}"])
        Self.check(before.first, file: Self.scenarioPath, line: 15, column: 16, says: "date 2024-03-03 is outside the run")
        // The last day itself is inside.
        #expect(try Self.scenarioDiagnostics([15: "      - {date: 2024-05-02, type: login}"]).isEmpty)
    }

    @Test func rulesetThatCannotBeFound() throws {
        // `ruleset: regles-tets` — the name in column 10.
        let diagnostics = try Self.scenarioDiagnostics([3: "ruleset: regles-tets"])
        #expect(diagnostics.count == 1)
        Self.check(diagnostics.first, file: Self.scenarioPath, line: 3, column: 10, says: "ruleset 'regles-tets' not found")
        #expect(diagnostics.first?.english.contains("did you mean 'regles-test'?") == true)
    }

    @Test func parameterDefaultOutsideItsRange() throws {
        // `  window: {value: 120, min: 1, max: 90, label: "Fenêtre"}` — `120` in column 19.
        let diagnostics = try Self.rulesetDiagnostics([9: "  window: {value: 120, min: 1, max: 90, label: \"Fenêtre\"}"])
        #expect(diagnostics.count == 1)
        Self.check(diagnostics.first, file: Self.rulesetPath, line: 9, column: 19, says: "the default of 'window' (120) is outside [1, 90]")
    }

    // MARK: Inside expressions (columns point into the quoted string: offset 0 is column 13 on a `    value: "` line)

    @Test(arguments: [
        // (line, text, column, message fragment)
        (13, "    value: \"cuont(application, window)\"", 13, "unknown function 'cuont' — did you mean 'count'?"),
        (13, "    value: \"count(aplication, window)\"", 19, "unknown event type 'aplication' — did you mean 'application'?"),
        (13, "    value: \"count(application, windw)\"", 32, "unknown name 'windw' — did you mean 'window'?"),
        (13, "    value: \"count(application, window, 3)\"", 13, "count() takes 1–2 argument(s), not 3"),
        (13, "    value: \"'a' + 1\"", 13, "a number is expected here, but this is a text"),
        (13, "    value: \"count(application, window) + connexions\"", 42, "'connexions' is defined below 'dynamique'"),
        (15, "      - {name: faible, if: \"value < 2 < 3\", severity: alert}", 39, "chained comparison"),
        (23, "    when: \"dynamiqe.level = 'faible'\"", 12, "unknown name 'dynamiqe' — did you mean 'dynamique'?"),
        (23, "    when: \"dynamique.level = 3\"", 12, "cannot compare a text with a number"),
        (23, "    when: \"dynamique.level = 'faibel'\"", 30, "'faibel' is not a level of score 'dynamique' — did you mean 'faible'?"),
        (23, "    when: \"count(application, window)\"", 12, "this expression must give a condition (true/false), it gives a number"),
        (19, "    value: \"days_since(login, 7)\"", 13, "days_since() takes 1 argument(s), not 2"),
        (19, "    value: count(logn, window)", 18, "unknown event type 'logn' — did you mean 'login'?"), // unquoted: offset 0 is column 12
        (19, "    value: 'count(logn, window)'", 19, "unknown event type 'logn'"),
        (19, "    value: \"count(application[romme = 'x'], 7)\"", 31, "'romme' is not a declared attribute of 'application' — did you mean 'rome'?"),
    ])
    func errorInsideAnExpression(line: Int, text: String, column: Int, fragment: String) throws {
        let diagnostics = try Self.rulesetDiagnostics([line: text])
        #expect(diagnostics.count == 1, "\(diagnostics.map { $0.headline(.en) })")
        Self.check(diagnostics.first, file: Self.rulesetPath, line: line, column: column, says: fragment)
    }

    @Test func expressionErrorsAreReportedWhenTheScenarioLoadsTheRuleset() throws {
        let diagnostics = try Fixture.load(
            ruleset: Self.text(Self.rulesetLines, replacing: [13: "    value: \"count(aplication, window)\""]),
            scenario: Self.text(Self.scenarioLines, replacing: [:])).diagnostics
        Self.check(diagnostics.first { $0.file == Self.rulesetPath }, file: Self.rulesetPath, line: 13, column: 19, says: "unknown event type 'aplication'")
        // …and the scenario says its ruleset is broken, at `ruleset: regles-test` (column 10).
        Self.check(diagnostics.first { $0.file == Self.scenarioPath }, file: Self.scenarioPath, line: 3, column: 10, says: "ruleset 'regles-test' has errors")
    }

    @Test func anErrorInAFoldedExpressionPointsAtItsLine() throws {
        // A `>-` block: the unknown name `windw` is on the third line of the expression (line 16),
        // `      + count(application, windw)`: column 28.
        var lines = Self.rulesetLines
        lines[12] = "    value: >-"
        lines[13] = "      count(application, window)"
        lines[14] = "      + count(login, window)"
        lines[15] = "      + count(application, windw)"
        // Lines 14-16 held the levels; the score keeps none, so the alert reads its value instead.
        lines[22] = "    when: \"dynamique > 1\""
        let text = lines.joined(separator: "\n") + "\n"
        let diagnostics = try Fixture.loadRuleset(text).diagnostics
        #expect(diagnostics.count == 1, "\(diagnostics.map { $0.headline(.en) })")
        Self.check(diagnostics.first, file: Self.rulesetPath, line: 16, column: 28, says: "unknown name 'windw'")
    }

    // MARK: Every error at once

    @Test func threeExpressionErrorsGiveThreeDiagnostics() throws {
        let diagnostics = try Self.rulesetDiagnostics([
            13: "    value: \"cuont(application, window)\"",
            19: "    value: \"count(logn, window)\"",
            23: "    when: \"dynamique.level = 3\"",
        ])
        #expect(diagnostics.count == 3)
        #expect(diagnostics.map(\.line).sorted() == [13, 19, 23])
        #expect(diagnostics.map(\.column).sorted() == [12, 13, 19])
    }

    @Test func structuralAndExpressionErrorsAreReportedTogether() throws {
        let diagnostics = try Self.rulesetDiagnostics([
            9: "  window: {value: 7, min: 1, max: 90, lable: \"Fenêtre\"}",
            13: "    value: \"cuont(application, window)\"",
            23: "    when: \"dynamique.level = 'faibel'\"",
        ])
        #expect(diagnostics.map(\.line).sorted() == [9, 13, 23], "\(diagnostics.map { $0.headline(.en) })")
    }

    @Test func everyScenarioErrorIsReportedAtOnce() throws {
        let diagnostics = try Self.scenarioDiagnostics([
            2: "titel: \"Scénario\"",
            10: "      - {day: 1, type: logn}",
            11: "      - {date: 2024-05-03, type: application, rome: \"A1\"}",
            12: "  - id: anne",
        ])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        #expect(diagnostics.map { "\($0.line):\($0.column)" }.sorted() == ["10:24", "11:16", "12:9", "2:1"].sorted(),
                "\(diagnostics.map { $0.headline(.en) })")
        for diagnostic in diagnostics { Self.checkRendering(diagnostic) }
    }

    // MARK: Warnings

    @Test func personalDataIsAWarningNotAnError() throws {
        let report = try Fixture.load(
            ruleset: Self.text(Self.rulesetLines, replacing: [:]),
            scenario: Self.text(Self.scenarioLines, replacing: [13: "    name: \"bruno.martin@example.org\""]))
        #expect(report.simulation != nil)
        #expect(report.diagnostics.errors.isEmpty)
        let warning = try #require(report.diagnostics.warnings.first)
        #expect(warning.line == 13)
        #expect(warning.column == 12)
        #expect(warning.english.contains("e-mail"))
        #expect(warning.headline(.en).contains(": warning: "))
    }
}
