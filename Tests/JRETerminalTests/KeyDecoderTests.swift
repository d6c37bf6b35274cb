import Testing
import JRETerminal

@Suite struct KeyDecoderTests {
    let codes = KeyCodes.ncurses

    @Test(arguments: [
        (UInt32(10), Key.enter), (13, .enter), (9, .tab), (8, .backspace), (127, .backspace), (27, .escape),
        (1, .ctrl("a")), (3, .ctrl("c")), (26, .ctrl("z")), (0, .ctrl("@")), (28, .ctrl("\\")), (31, .ctrl("_")),
        (32, .char(" ")), (106, .char("j")), (63, .char("?")), (0xE9, .char("é")), (0x65E5, .char("日")),
    ])
    func charactersDecode(value: UInt32, key: Key) {
        #expect(KeyDecoder.decode(.character(value), codes: codes) == .event(.key(key)))
    }

    @Test func keyCodesDecode() {
        let table: [(Int32, Key)] = [
            (codes.up, .up), (codes.down, .down), (codes.left, .left), (codes.right, .right),
            (codes.home, .home), (codes.end, .end), (codes.pageUp, .pageUp), (codes.pageDown, .pageDown),
            (codes.enter, .enter), (codes.backspace, .backspace), (codes.delete, .delete), (codes.insert, .insert),
            (codes.backTab, .backTab), (codes.f0 + 1, .function(1)), (codes.f0 + 12, .function(12)),
            (codes.keypadUpperLeft, .home), (codes.keypadLowerLeft, .end),
            (codes.keypadUpperRight, .pageUp), (codes.keypadLowerRight, .pageDown),
        ]
        for (code, key) in table {
            #expect(KeyDecoder.decode(.keyCode(code), codes: codes) == .event(.key(key)), "code \(code)")
        }
    }

    @Test func resizeAndMouseAskTheLibraryForMore() {
        #expect(KeyDecoder.decode(.keyCode(codes.resize), codes: codes) == .resize)
        #expect(KeyDecoder.decode(.keyCode(codes.mouse), codes: codes) == .mouse)
    }

    @Test func unknownInputIsIgnored() {
        #expect(KeyDecoder.decode(.keyCode(codes.f0 + 64), codes: codes) == .ignored)  // KEY_DL
        #expect(KeyDecoder.decode(.character(0x85), codes: codes) == .ignored)
        #expect(KeyDecoder.decode(.character(0xD800), codes: codes) == .ignored)
        #expect(KeyDecoder.decode(.character(0x110000), codes: codes) == .ignored)
    }

    @Test func mouseReportsDecode() {
        let masks = MouseMasks(click: 0b0010, wheelUp: 0b0100, wheelDown: 0b1000)
        #expect(MouseDecoder.decode(buttonState: 0b0010, row: 3, col: 4, masks: masks) == .mouse(row: 3, col: 4, .click))
        #expect(MouseDecoder.decode(buttonState: 0b0100, row: 0, col: 0, masks: masks) == .mouse(row: 0, col: 0, .wheelUp))
        #expect(MouseDecoder.decode(buttonState: 0b1000, row: 1, col: 2, masks: masks) == .mouse(row: 1, col: 2, .wheelDown))
        #expect(MouseDecoder.decode(buttonState: 0b0001, row: 1, col: 2, masks: masks) == nil)
        let real = MouseMasks.ncurses
        #expect(real.click != 0 && real.wheelUp != 0)
        #expect(real.click & real.wheelUp == 0)
    }

    @Test func keyLabelsAreLocalized() {
        #expect(Key.enter.label(.fr, glyphs: .unicode) == "Entrée")
        #expect(Key.enter.label(.en, glyphs: .unicode) == "Enter")
        #expect(Key.ctrl("c").label(.en, glyphs: .ascii) == "Ctrl+C")
        #expect(Key.up.label(.fr, glyphs: .unicode) == "↑")
        #expect(Key.up.label(.fr, glyphs: .ascii) == "Haut")
        #expect(Key.char(" ").label(.fr, glyphs: .unicode) == "Espace")
        #expect(Key.function(5).label(.en, glyphs: .unicode) == "F5")
    }
}
