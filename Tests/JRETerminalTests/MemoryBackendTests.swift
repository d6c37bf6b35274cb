import Testing
import JRETerminal

@Suite struct MemoryBackendTests {
    @Test func countsOnlyTheCellsThatChanged() {
        let backend = MemoryBackend(width: 10, height: 2)
        var grid = CellGrid(width: 10, height: 2)
        grid.put("bonjour", row: 0, col: 0)
        backend.present(grid)
        #expect(backend.cellsWrittenLastPresent == 20)
        grid.put("B", row: 0, col: 0)
        backend.present(grid)
        #expect(backend.cellsWrittenLastPresent == 1)
        backend.present(grid)
        #expect(backend.cellsWrittenLastPresent == 0)
        #expect(backend.totalCellsWritten == 21)
        #expect(backend.presentCount == 3)
        #expect(backend.lastGrid == grid)
    }

    @Test func aResizeForcesAFullRepaint() {
        let backend = MemoryBackend(width: 4, height: 1, events: [.resize(width: 4, height: 1)])
        let grid = CellGrid(width: 4, height: 1)
        backend.present(grid)
        #expect(backend.nextEvent(timeoutMilliseconds: 0) == .resize(width: 4, height: 1))
        backend.present(grid)
        #expect(backend.cellsWrittenLastPresent == 4)
    }

    @Test func scriptedEventsArriveAtTheirTimes() throws {
        let time = ManualTime()
        let start = time.now
        let backend = MemoryBackend(width: 4, height: 1, script: try KeyScript.parse("300 a\n0 b"), time: time)
        #expect(backend.nextEvent(timeoutMilliseconds: 100) == .tick)
        #expect(time.now - start == .milliseconds(100))
        #expect(backend.nextEvent(timeoutMilliseconds: 0) == .tick)
        #expect(backend.nextEvent(timeoutMilliseconds: 1000) == .key(.char("a")))
        #expect(time.now - start == .milliseconds(300))
        #expect(backend.nextEvent(timeoutMilliseconds: 0) == .key(.char("b")))
        #expect(backend.nextEvent(timeoutMilliseconds: 50) == .inputClosed)
        #expect(backend.deliveredEvents.count == 5)
    }

    @Test func exhaustedScriptsCanKeepTicking() throws {
        let time = ManualTime()
        let start = time.now
        let backend = MemoryBackend(width: 4, height: 1, script: KeyScript(), time: time, whenExhausted: .tick)
        #expect(backend.nextEvent(timeoutMilliseconds: 250) == .tick)
        #expect(time.now - start == .milliseconds(250))
    }
}
