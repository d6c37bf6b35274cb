import Testing
@testable import JRECore

/// Empty and nearly empty files give diagnostics, never a crash or a usable file.
@Suite struct EmptyFileTests {
    @Test func emptyAndNearlyEmptyFiles() {
        for text in ["", "\n", "   ", "#", "---", "~", "null", "[]", "{}", "42", "\"x\"", "- a\n- b", "format: 1", "claimants:", "scores:"] {
            for report in RobustnessSlowTests.loadAll(text, as: "tiny.yaml") {
                RobustnessSlowTests.checkDiagnostics(report.diagnostics, text)
                #expect(report.diagnostics.hasErrors, "\(text.debugDescription) is not a usable file")
            }
        }
    }
}
