import Testing
import JRETerminal

@Suite struct ConsoleLoopTests {
    @Test func queuedKeysAreHandledTogetherAndDrawnOnce() throws {
        // The tick stands for "nothing more waiting": it closes the batch.
        let backend = MemoryBackend(width: 20, height: 3, events: [.key(.char("a")), .key(.char("b")), .key(.char("c")), .tick])
        var program = RecordingProgram()
        let ending = try ConsoleLoop().run(&program, on: backend)
        #expect(ending == .inputClosed)
        #expect(program.events == [.key(.char("a")), .key(.char("b")), .key(.char("c")), .inputClosed])
        #expect(backend.presentCount == 2)  // the first frame, then one for the batch of three
        #expect(backend.lastGrid?.plainText() == "keys: abc\nsize: 20x3\n")
        #expect(backend.shutdownCount == 1)
    }

    @Test func ticksComeFromTheInjectedClockWithoutWaiting() throws {
        let time = ManualTime()
        let start = time.now
        let backend = MemoryBackend(width: 20, height: 3, script: try KeyScript.parse("500 q"), time: time)
        var program = RecordingProgram()
        let ending = try ConsoleLoop(tickMilliseconds: 200, time: time).run(&program, on: backend)
        #expect(ending == .finished)
        #expect(program.events == [.tick, .tick, .key(.char("q"))])
        #expect(program.handled.map { $0.at - start } == [.milliseconds(200), .milliseconds(400), .milliseconds(500)])
        #expect(backend.presentCount == 3)
        #expect(time.now - start == .milliseconds(500))
    }

    @Test func aProgramWithWorkInTheBackgroundGetsShorterTicks() throws {
        let time = ManualTime()
        let start = time.now
        let backend = MemoryBackend(width: 20, height: 3, script: try KeyScript.parse("500 q"), time: time)
        // After the first tick, the program asks to be woken every 50 ms (never longer than the loop's own tick).
        var program = RecordingProgram(shortTicks: (afterEvents: 1, milliseconds: 50))
        try ConsoleLoop(tickMilliseconds: 200, time: time).run(&program, on: backend)
        #expect(program.handled.map { $0.at - start } == [200, 250, 300, 350, 400, 450, 500].map { .milliseconds($0) })
        #expect(program.events.last == .key(.char("q")))
    }

    @Test func terminationSignalsEndTheLoopAfterTheProgramSawThem() throws {
        for signal in [TerminationSignal.terminate, .hangup] {
            let backend = MemoryBackend(width: 10, height: 2, events: [.signal(signal), .key(.char("x"))])
            var program = RecordingProgram()
            let ending = try ConsoleLoop().run(&program, on: backend)
            #expect(ending == .signal(signal))
            #expect(program.events == [.signal(signal)])
            #expect(backend.shutdownCount == 1)
        }
    }

    @Test func anInterruptIsTheProgramsToHandle() throws {
        let backend = MemoryBackend(width: 10, height: 2, events: [.signal(.interrupt), .key(.char("q"))])
        var program = RecordingProgram()
        let ending = try ConsoleLoop().run(&program, on: backend)
        #expect(ending == .finished)
        #expect(program.events == [.signal(.interrupt), .key(.char("q"))])
    }

    @Test func aThrowingProgramStillRestoresTheTerminal() {
        let backend = MemoryBackend(width: 10, height: 2, events: [.key(.char("a")), .key(.char("x"))])
        var program = RecordingProgram(failingKey: .char("x"))
        #expect(throws: RecordingProgram.Failure.self) {
            try ConsoleLoop().run(&program, on: backend)
        }
        #expect(backend.shutdownCount == 1)
        #expect(program.events == [.key(.char("a"))])
    }

    @Test func aResizeRendersAtTheNewSize() throws {
        // The tick closes the first batch (nothing else was waiting), so a frame is drawn.
        let backend = MemoryBackend(width: 30, height: 4, events: [.resize(width: 12, height: 2), .tick, .key(.char("q"))])
        var program = RecordingProgram()
        let ending = try ConsoleLoop().run(&program, on: backend)
        #expect(ending == .finished)
        #expect(backend.size == TerminalSize(width: 12, height: 2))
        #expect(backend.lastGrid?.size == TerminalSize(width: 12, height: 2))
        #expect(backend.lastGrid?.plainText() == "keys:\nsize: 12x2")
        #expect(program.events == [.resize(width: 12, height: 2), .key(.char("q"))])
    }

    @Test func aFinishedProgramNeverWaitsForInput() throws {
        let backend = MemoryBackend(width: 10, height: 2, events: [.key(.char("a"))])
        var program = RecordingProgram()
        program.isFinished = true
        #expect(try ConsoleLoop().run(&program, on: backend) == .finished)
        #expect(backend.deliveredEvents.isEmpty)
        #expect(backend.presentCount == 1)
    }
}
