// jre-terminal-echo: the small console that JRETerminalTests' end-to-end tests run in tmux.
//
// It exercises the real ncurses backend and run loop: it shows the keys it received, its size and
// its process id; `q` or Ctrl-C quits, `X` crashes. On the way out it prints `ENDED <ending>`, which
// the tests read once the terminal has been restored. Not shipped: built for the tests only.
import Foundation
import JRETerminal
import JREText

/// Shows the keys it received, its size and its process id; `q` quits, `X` crashes.
struct EchoProgram: TerminalProgram {
    var keys: [String] = []
    var isFinished = false

    mutating func handle(_ event: InputEvent, at now: ContinuousClock.Instant) {
        switch event {
        case .key(.char("q")), .signal(.interrupt):
            isFinished = true
        case .key(.char("X")):
            fatalError("crash requested by the end-to-end test")
        case .key(let key):
            keys.append(key.scriptName)
        default:
            break
        }
    }

    func render(width: Int, height: Int, glyphs: Glyphs) -> CellGrid {
        var grid = CellGrid(width: width, height: height, glyphs: glyphs)
        grid.box(row: 0, col: 0, width: width, height: height, title: "日本語")
        grid.put("size \(width)x\(height) pid \(getpid())", row: 1, col: 2, role: .title)
        grid.put("keys: " + keys.joined(separator: " "), row: 2, col: 2, maxWidth: width - 4, ellipsis: true)
        grid.put("last: " + (keys.last ?? ""), row: 3, col: 2, role: .selected)
        grid.put("\(glyphs.alert) alert", row: 4, col: 2, role: .alert)
        grid.cursor = (row: 3, col: 2)
        return grid
    }
}

do {
    let backend = try NcursesBackend()
    var program = EchoProgram()
    let ending = try ConsoleLoop(glyphs: .forEnvironment(ascii: false), tickMilliseconds: 100).run(&program, on: backend)
    print("ENDED \(ending)")
    exit(0)
} catch {
    FileHandle.standardError.write(Data("jre-terminal-echo: \(error)\n".utf8))
    exit(2)
}
