import Foundation
import Testing
import JRETerminal

/// The progress line of the headless commands: in place on a terminal, nothing elsewhere.
@Suite struct TerminalProgressLineTests {
    /// What `body` writes through a line drawn into a pipe.
    func written(enabled: Bool?, quiet: Bool = false, _ body: (TerminalProgressLine) -> Void) -> String {
        let pipe = Pipe()
        let line = TerminalProgressLine(quiet: quiet, fileDescriptor: pipe.fileHandleForWriting.fileDescriptor, enabled: enabled)
        body(line)
        try? pipe.fileHandleForWriting.close()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    @Test func drawsInPlaceAndClearsOnce() {
        let text = written(enabled: true) { line in
            #expect(line.isEnabled)
            line.draw("[#.] 50 %")
            line.draw("[##] 100 %")
            line.clear()
            line.clear()
        }
        #expect(text == "\r\u{1B}[K[#.] 50 %" + "\r\u{1B}[K[##] 100 %" + "\r\u{1B}[K")
    }

    @Test func clearingWhatWasNeverDrawnWritesNothing() {
        #expect(written(enabled: true) { $0.clear() } == "")
    }

    @Test func aPipeIsNotATerminalSoNothingIsDrawn() {
        let text = written(enabled: nil) { line in
            #expect(!line.isEnabled)
            line.draw("[#.] 50 %")
            line.clear()
        }
        #expect(text == "")
    }

    @Test func quietDrawsNothingEvenOnATerminal() {
        #expect(written(enabled: true, quiet: true) { $0.draw("x"); $0.clear() } == "")
    }
}
