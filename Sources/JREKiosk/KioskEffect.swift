import JREConsole

/// Something the kiosk asks ``KioskProgram`` to do outside its state.
public enum KioskEffect: Sendable, Equatable {
    /// Close the visitor's session journal and delete it.
    case forgetVisitor
    /// An effect of the visitor's console (its journal, its population figures), performed as the console would.
    case visitor(ConsoleEffect)
}
