import ArgumentParser
import Foundation
import JREBundledScenarios
import JRECore
import JREConsole
import JREKiosk
import JREText

/// `jre-console kiosk [SCENARIO...]`: the unattended festival station.
struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "Run the festival kiosk: disclaimer, attract loop, guided tour, locked keyboard.",
        discussion: """
        Shows the disclaimer, then plays a scripted walk-through of the scenarios until a visitor presses a key. Visitors pick French or English, then a guided tour (5 to 10 minutes) or free play. After --idle seconds without a key the visitor's session is erased and the attract loop comes back.

        Ctrl-C, Ctrl-Z, Ctrl-\\, q and every other key a visitor can type do nothing harmful; the operator leaves with --exit-keys or SIGTERM. Nothing is written outside the session folder. See docs/kiosk.md.

        Examples:
          jre-console kiosk
          jre-console kiosk portefeuille aidante --idle 120 --lang en
          jre-console kiosk --restart --exit-keys "F12 F12 Enter"
        """
    )

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("Scenarios to show, by name or file (default: every bundled one).", valueName: "scenario"))
    var scenarios: [String] = []

    @Option(help: ArgumentHelp("Seconds without a key before the visitor is forgotten (10 to 86400).", valueName: "seconds"))
    var idle: Double = 90

    @Option(name: .customLong("exit-keys"), help: ArgumentHelp("The operator's key sequence, typed within 2 seconds.", valueName: "keys"))
    var exitKeys: String = ExitKeySequence.defaultText

    @Option(help: ArgumentHelp("The session folder, the only place written (default: ~/.local/share/jre-console/sessions/kiosk).", valueName: "dir"))
    var session: String?

    @Flag(help: "Run the kiosk as a child process and start it again whenever it dies.")
    var restart = false

    @OptionGroup var asciiOption: ASCIIOption

    func run() throws {
        let lang = try options.language
        let library = options.library(bundled: BundledScenarios.files)
        let launch: KioskLaunch
        do {
            let configuration = KioskConfiguration(
                idleTimeout: try KioskConfiguration.idleTimeout(seconds: idle),
                exitKeys: try ExitKeySequence(parsing: exitKeys, lang: lang),
                lang: lang,
                scripts: try KioskScripts.builtIn(lang: lang))
            let catalog = try KioskCatalog.load(library: library, references: scenarios, lang: lang)
            let folder = session.map { URL(fileURLWithPath: $0) } ?? KioskLaunch.defaultSessionFolder()
            launch = KioskLaunch(library: library, catalog: catalog, configuration: configuration, sessionFolder: folder, ascii: asciiOption.ascii)
        } catch {
            StandardError.print(error.message(lang))
            throw Exit(code: ExitStatus.badInput)
        }
        if restart {
            var arguments = Array(CommandLine.arguments.dropFirst())
            arguments.removeAll { $0 == "--restart" }
            let code = KioskSupervisor.run(executable: KioskSupervisor.currentExecutable, arguments: arguments, lang: lang)
            if code != 0 { throw Exit(code: code) }
            return
        }
        let code = KioskLauncher.run(launch)
        if code != 0 { throw Exit(code: code) }
    }
}
