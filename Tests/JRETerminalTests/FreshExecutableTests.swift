import Foundation
import Testing
import JRETestSupport

/// How end-to-end tests find a binary: an override is checked, never trusted blindly.
@Suite struct FreshExecutableTests {
    @Test func anOverrideThatIsNotAnExecutableSaysSo() {
        let variable = "JRE_FRESH_EXECUTABLE_TEST_\(getpid())"
        setenv(variable, "/nonexistent/jre-console", 1)
        defer { unsetenv(variable) }
        let result = FreshExecutable(product: "jre-console", overrideVariable: variable).locate()
        guard case .failure(let failure) = result else {
            Issue.record("an override naming no file was accepted: \(result)")
            return
        }
        #expect(failure.description == "\(variable)=/nonexistent/jre-console is not an executable file")
    }

    @Test func anExecutableOverrideIsUsedAsGiven() throws {
        let variable = "JRE_FRESH_EXECUTABLE_TEST_OK_\(getpid())"
        setenv(variable, "/bin/sh", 1)
        defer { unsetenv(variable) }
        #expect(try FreshExecutable(product: "jre-console", overrideVariable: variable).path() == "/bin/sh")
    }
}
