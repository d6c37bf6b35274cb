import CNcursesw

extension KeyCodes {
    /// The `KEY_*` codes of the linked ncurses.
    public static var ncurses: KeyCodes {
        KeyCodes(
            up: jre_key_up(), down: jre_key_down(), left: jre_key_left(), right: jre_key_right(),
            home: jre_key_home(), end: jre_key_end(), pageUp: jre_key_ppage(), pageDown: jre_key_npage(),
            enter: jre_key_enter(), backspace: jre_key_backspace(), delete: jre_key_dc(), insert: jre_key_ic(),
            backTab: jre_key_btab(), resize: jre_key_resize(), mouse: jre_key_mouse(), f0: jre_key_f0(),
            keypadUpperLeft: jre_key_a1(), keypadUpperRight: jre_key_a3(),
            keypadLowerLeft: jre_key_c1(), keypadLowerRight: jre_key_c3()
        )
    }
}

extension MouseMasks {
    /// The button masks of the linked ncurses.
    public static var ncurses: MouseMasks {
        MouseMasks(
            click: UInt(jre_button1_pressed() | jre_button1_clicked()),
            wheelUp: UInt(jre_button4_pressed()),
            wheelDown: UInt(jre_button5_pressed())
        )
    }
}
