import JRECore

/// How a person in one phase of their life leaves traces: rates per week, and what they declare.
///
/// Every figure is ILLUSTRATIVE (see `docs/population-model.md`). Rates marked × are multiplied by
/// the person's intensity (mean 1, from 0 to 2).
struct Regime: Sendable {
    /// × Logins to the personal space (× 0.2 more without reliable internet).
    var logins: Double
    /// × Applications entered in the journal (an offline search is mostly not entered).
    var applications: Double
    /// × Employer contacts entered.
    var contacts: Double
    /// × Workshops attended.
    var workshops: Double
    /// × Messages sent to the advisor.
    var messages: Double
    /// Appointments with the advisor, and the chance of attending each.
    var appointments: Double
    var attendance: Double
    /// Mean of the monthly mood slider (1 to 5).
    var mood: Double
    /// Mean weekly activity hours, when declared.
    var hours: Double
    /// Whether applications mostly go through the site (else direct, phone, in person).
    var online: Bool

    static let searching = Regime(logins: 1.6, applications: 1.4, contacts: 0.35, workshops: 0.08, messages: 0.15,
                                  appointments: 0.16, attendance: 0.93, mood: 3.6, hours: 18, online: true)
    static let searchingOffline = Regime(logins: 0.45, applications: 0.45, contacts: 0.2, workshops: 0.04, messages: 0.02,
                                         appointments: 0.16, attendance: 0.9, mood: 3.4, hours: 18, online: false)
    static let working = Regime(logins: 0.6, applications: 0.3, contacts: 0.05, workshops: 0, messages: 0.05,
                                appointments: 0.08, attendance: 0.6, mood: 3.6, hours: 35, online: true)
    static let training = Regime(logins: 1.2, applications: 0.25, contacts: 0.05, workshops: 0.3, messages: 0.1,
                                 appointments: 0.1, attendance: 0.9, mood: 3.8, hours: 30, online: true)
    static let caring = Regime(logins: 0.7, applications: 0.5, contacts: 0.1, workshops: 0.02, messages: 0.08,
                               appointments: 0.16, attendance: 0.65, mood: 2.6, hours: 6, online: true)
    static let ill = Regime(logins: 0.3, applications: 0.08, contacts: 0.01, workshops: 0, messages: 0.05,
                            appointments: 0.12, attendance: 0.4, mood: 2.2, hours: 1, online: true)
    static let discouraged = Regime(logins: 0.25, applications: 0.15, contacts: 0.02, workshops: 0.01, messages: 0.02,
                                    appointments: 0.16, attendance: 0.6, mood: 1.8, hours: 3, online: true)
    static let inactive = Regime(logins: 0.2, applications: 0.05, contacts: 0.01, workshops: 0, messages: 0.02,
                                 appointments: 0.1, attendance: 0.5, mood: 2.8, hours: 0, online: true)
}

/// A stretch of days `start...end` lived under one regime, with what marks its beginning.
struct LifeSegment: Sendable {
    /// The record that opens a segment: a contract signed, a training started, a sick leave.
    enum Opening: Sendable {
        case none
        case contract
        case training
        case sickLeave
    }

    var start: Int
    var end: Int
    var regime: Regime
    /// Multiplies the person's intensity in this segment.
    var factor: Double
    var opening: Opening
}
