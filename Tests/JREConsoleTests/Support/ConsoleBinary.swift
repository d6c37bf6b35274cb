import JRETestSupport

/// The `jre-console` binary the end-to-end tests launch: `JRE_CONSOLE_BINARY` when set, else one
/// never older than the sources (beside the test bundle when current, else built into `.build-e2e`).
enum ConsoleBinary {
    static let executable = FreshExecutable(product: "jre-console", overrideVariable: "JRE_CONSOLE_BINARY")

    /// Located once per test process.
    static let located = executable.locate()

    /// The binary's path, or why there is none (which build failed, and its log).
    static func path() throws -> String { try located.get() }
}
