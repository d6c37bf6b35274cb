/// Something the kiosk asks ``KioskProgram`` to do outside its state.
public enum KioskEffect: Sendable, Equatable {
    /// Close the visitor's session journal and delete it.
    case forgetVisitor
}
