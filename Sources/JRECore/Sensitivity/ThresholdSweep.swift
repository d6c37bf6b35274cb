/// What a parameter's whole range does on one day: how many claimants each alert flags at each value.
public struct ThresholdSweep: Sendable {
    public var parameter: Int
    public var day: Int
    /// The parameter's values from min to max by step (at most ``maximumValues``).
    public var values: [Double]
    /// `flagged[valueIndex][alertIndex]` = the claimants (indices) under that alert at that value.
    public var flagged: [[[Int]]]
    /// The value in force (the other parameters stay as given).
    public var current: Double

    /// A range with more steps than this is sampled evenly.
    public static let maximumValues = 200

    public func count(value: Int, alert: Int) -> Int { flagged[value][alert].count }
}

extension Simulation {
    /// The values a parameter can take, from min to max by step (sampled if there are too many).
    public func range(of parameter: Int) -> [Double] {
        let definition = ruleset.parameters[parameter]
        let step = definition.step > 0 ? definition.step : 1
        let steps = Int(((definition.max - definition.min) / step).rounded(.down))
        guard steps >= 0 else { return [definition.min] }
        if steps + 1 <= ThresholdSweep.maximumValues {
            return (0...steps).map { definition.min + Double($0) * step }
        }
        let stride = Double(steps) / Double(ThresholdSweep.maximumValues - 1)
        return (0..<ThresholdSweep.maximumValues).map { definition.min + (Double($0) * stride).rounded() * step }
    }

    /// Evaluates every claimant on `day` at each value of `parameter`, the others as in `parameters`.
    public func sweep(parameter: Int, day: Int, parameters: ParameterValues) -> ThresholdSweep {
        let values = range(of: parameter)
        let flagged = values.map { value -> [[Int]] in
            var moved = parameters
            moved[parameter] = value
            let results = evaluate(day: day, parameters: moved)
            return ruleset.alerts.indices.map { alert in results.indices.filter { results[$0].alerts.indices.contains(alert) && results[$0].alerts[alert] } }
        }
        return ThresholdSweep(parameter: parameter, day: day, values: values, flagged: flagged, current: parameters[parameter])
    }

    /// For one claimant: at which values of `parameter` each alert switches on or off, on `day`.
    public func tippingPoints(claimant: Int, parameter: Int, day: Int, parameters: ParameterValues) -> [TippingPoint] {
        let values = range(of: parameter)
        let states = values.map { value -> [Bool] in
            var moved = parameters
            moved[parameter] = value
            return evaluate(claimant: claimant, day: day, parameters: moved).alerts
        }
        return ruleset.alerts.indices.map { alert in
            var flips: [Double] = []
            for index in values.indices.dropFirst() where states[index][alert] != states[index - 1][alert] {
                flips.append(values[index])
            }
            return TippingPoint(alert: alert, flips: flips, onAtCurrent: evaluate(claimant: claimant, day: day, parameters: parameters).alerts[alert],
                                onEverywhere: states.allSatisfy { $0[alert] }, offEverywhere: states.allSatisfy { !$0[alert] })
        }
    }

    /// Who gains and who loses each alert on `day` with `parameters`, compared with `reference`.
    public func alertChanges(day: Int, parameters: ParameterValues, reference: ParameterValues) -> [AlertChange] {
        let now = evaluate(day: day, parameters: parameters)
        let before = evaluate(day: day, parameters: reference)
        return ruleset.alerts.indices.map { alert in
            AlertChange(alert: alert,
                        gained: now.indices.filter { now[$0].alerts[alert] && !before[$0].alerts[alert] },
                        lost: now.indices.filter { !now[$0].alerts[alert] && before[$0].alerts[alert] })
        }
    }
}

/// Where an alert flips for one claimant across a parameter's range.
public struct TippingPoint: Sendable, Equatable {
    public var alert: Int
    /// The values at which the alert changes state (from the value before).
    public var flips: [Double]
    public var onAtCurrent: Bool
    public var onEverywhere: Bool
    public var offEverywhere: Bool

    /// Whether the alert never changes within the parameter's range.
    public var neverInRange: Bool { flips.isEmpty }
}

/// The claimants (indices) who gain or lose an alert compared with the reference values.
public struct AlertChange: Sendable, Equatable {
    public var alert: Int
    public var gained: [Int]
    public var lost: [Int]
}
