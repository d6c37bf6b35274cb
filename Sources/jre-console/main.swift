import ArgumentParser
import Foundation

// Parses the command line and runs the chosen command, mapping errors to the contract's exit codes:
// 0 success, 1 evaluation error, 2 bad input (files, options, usage).
do {
    var command = try JREConsoleCommand.parseAsRoot()
    try command.run()
} catch let failure as Exit {
    exit(failure.code)
} catch {
    let code = JREConsoleCommand.exitCode(for: error)
    if code == .success {
        JREConsoleCommand.exit(withError: error)
    }
    StandardError.print(JREConsoleCommand.fullMessage(for: error))
    exit(code == .failure ? ExitStatus.evaluationError : ExitStatus.badInput)
}
