import CNcursesw
import Foundation

extension NcursesBackend {
    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent {
        guard !isShutDown else { return .inputClosed }
        let deadline = ContinuousClock.now.advanced(by: .milliseconds(max(0, timeoutMilliseconds)))
        while true {
            if let signal = terminalGuard?.signals?.next() { return .signal(signal) }
            if inputClosed { return .inputClosed }
            // Wait in short slices so a signal is noticed quickly.
            let remaining = max(0, (deadline - ContinuousClock.now).wholeMilliseconds)
            let slice = Int32(min(remaining, 50))
            setTimeout(slice)
            let started = ContinuousClock.now
            var character: wint_t = 0
            let status = wget_wch(window, &character)
            let decoded: DecodedInput
            if status == jre_key_code_yes() {
                decoded = KeyDecoder.decode(.keyCode(Int32(truncatingIfNeeded: character)), codes: keyCodes)
            } else if status == jre_ok() {
                decoded = KeyDecoder.decode(.character(UInt32(character)), codes: keyCodes)
            } else {
                noteNoInput(slice: slice, waited: ContinuousClock.now - started)
                if ContinuousClock.now >= deadline, !inputClosed {
                    return terminalGuard?.signals?.next().map { .signal($0) } ?? .tick
                }
                continue
            }
            quickErrors = 0
            switch decoded {
            case .event(let event):
                return event
            case .resize:
                refreshSize()
                return .resize(width: size.width, height: size.height)
            case .mouse:
                if let event = readMouse() { return event }
            case .ignored:
                break
            }
            if ContinuousClock.now >= deadline { return .tick }
        }
    }

    private func setTimeout(_ milliseconds: Int32) {
        guard currentTimeout != milliseconds else { return }
        currentTimeout = milliseconds
        wtimeout(window, milliseconds)
    }

    /// Notes a read that returned nothing, and decides whether the input is gone: the
    /// terminal hung up, or reads keep failing at once instead of waiting (end of file).
    private func noteNoInput(slice: Int32, waited: Duration) {
        if slice > 0, waited < .milliseconds(Int64(slice) / 2) {
            quickErrors += 1
        } else {
            quickErrors = 0
        }
        var descriptor = pollfd(fd: fileno(inputFile), events: Int16(POLLIN), revents: 0)
        let hungUp = poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        if hungUp || quickErrors >= 3 {
            inputClosed = true
        }
    }

    private func readMouse() -> InputEvent? {
        guard let mouseMasks else { return nil }
        var event = MEVENT()
        guard getmouse(&event) == jre_ok() else { return nil }
        return MouseDecoder.decode(
            buttonState: UInt(event.bstate), row: Int(event.y), col: Int(event.x), masks: mouseMasks
        )
    }
}
