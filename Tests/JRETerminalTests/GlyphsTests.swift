import Testing
import JRETerminal
import JREText

@Suite struct GlyphsTests {
    @Test(arguments: [Glyphs.unicode, Glyphs.ascii])
    func everyGlyphTakesOneColumn(glyphs: Glyphs) {
        var singles = [glyphs.ok, glyphs.watch, glyphs.alert, glyphs.newMarker, glyphs.check, glyphs.cross,
                       glyphs.pointer, glyphs.bullet, glyphs.scrollThumb,
                       glyphs.arrows.up, glyphs.arrows.down, glyphs.arrows.left, glyphs.arrows.right]
        singles += glyphs.sparkLevels + glyphs.barEighths + glyphs.spinner + glyphs.histogramLevels
        singles += [glyphs.eventBullet, glyphs.progressDone, glyphs.progressToDo]
        let box = glyphs.box
        singles += [box.horizontal, box.vertical, box.topLeft, box.topRight, box.bottomLeft, box.bottomRight,
                    box.teeLeft, box.teeRight, box.teeUp, box.teeDown, box.cross].map { String($0) }
        for glyph in singles {
            #expect(DisplayWidth.of(glyph) == 1, "\(glyph)")
        }
        #expect(glyphs.sparkLevels.count == 8)
        #expect(glyphs.barEighths.count == 8)
        #expect(glyphs.histogramLevels.count == 9)
        #expect(glyphs.histogramLevels.first == " ", "an empty column is blank")
    }

    @Test func asciiSetIsPlainASCII() {
        let glyphs = Glyphs.ascii
        let all = [glyphs.ok, glyphs.watch, glyphs.alert, glyphs.ellipsis, glyphs.newMarker, glyphs.check]
            + glyphs.sparkLevels + glyphs.barEighths + glyphs.spinner + glyphs.histogramLevels
            + [glyphs.ruleFired, glyphs.ruleNotFired, glyphs.eventBullet, glyphs.progressDone, glyphs.progressToDo]
        #expect(all.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(glyphs.ellipsis == "...")
        #expect(Glyphs.forEnvironment(ascii: true) == .ascii)
    }

    @Test func severityMarksDiffer() {
        for glyphs in [Glyphs.unicode, .ascii] {
            let marks = [Role.ok, .watch, .alert].compactMap { glyphs.mark(for: $0) }
            #expect(Set(marks).count == 3)
            #expect(glyphs.mark(for: .normal) == nil)
        }
    }

    @Test func sparklineScalesBetweenMinimumAndMaximum() {
        #expect(Glyphs.unicode.sparkline([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█")
        #expect(Glyphs.ascii.sparkline([0, 7]) == " #")
        #expect(Glyphs.unicode.sparkline([5, 5]) == "▄▄")
        #expect(Glyphs.unicode.sparkline([0, 0]) == "▁▁")
        #expect(Glyphs.unicode.sparkline([]) == "")
        #expect(Glyphs.unicode.sparkline([.nan, 1, 2]) == "▁▁█")
        #expect(Glyphs.unicode.sparkline([5], range: 0...10) == "▅")
    }

    @Test func barsFillByEighths() {
        #expect(Glyphs.unicode.bar(fraction: 0.5, width: 4) == "██  ")
        #expect(Glyphs.unicode.bar(fraction: 1.0 / 16, width: 2) == "▏ ")
        #expect(Glyphs.unicode.bar(fraction: 2, width: 3) == "███")
        #expect(Glyphs.ascii.bar(fraction: 0.5, width: 4) == "##  ")
        #expect(Glyphs.unicode.bar(fraction: .nan, width: 2) == "  ")
        #expect(Glyphs.unicode.bar(fraction: 0.5, width: 0) == "")
    }

    @Test func spinnerWrapsAround() {
        #expect(Glyphs.ascii.spinnerFrame(0) == "|")
        #expect(Glyphs.ascii.spinnerFrame(5) == "/")
        #expect(Glyphs.ascii.spinnerFrame(-1) == "\\")
    }
}
