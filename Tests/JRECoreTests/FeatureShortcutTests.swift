import Foundation
import Testing
@testable import JRECore

/// A trained score's features read by shortcut (`profile.x`, `count(selector, N)`, `if(profile.x =
/// 'v', 1, 0)`…) give exactly what the rule machine gives for the same rules, missing values included.
@Suite struct FeatureShortcutTests {
    /// Every feature of the trained score by the machine alone, as the evaluator did before shortcuts:
    /// a missing profile value makes the feature NaN, a category becomes its index.
    static func machineInputs(_ simulation: Simulation, _ model: RuleCode.ModelProgram, timeline: ClaimantTimeline, day: Int) -> [Float] {
        let code = simulation.code
        let frame = EvaluationFrame(parameterCount: simulation.ruleset.parameters.count, scoreCount: code.scoreRules.count,
                                    stackDepth: code.program.stackDepth)
        for (index, value) in simulation.startingParameters.values.enumerated() { frame.slots[frame.parameterBase + index] = value }
        let aggregates = UnsafeMutablePointer<TypedNode.Aggregate>.allocate(capacity: TypedNode.Aggregate.allCases.count)
        aggregates.initialize(from: TypedNode.Aggregate.allCases, count: TypedNode.Aggregate.allCases.count)
        defer { aggregates.deallocate() }
        let view = UnsafeMutablePointer<EventView>.allocate(capacity: 1)
        view.initialize(to: timeline.view)
        defer { view.deallocate() }
        frame.begin(day: day)
        return model.features.enumerated().map { index, range in
            var value = BytecodeMachine.run(UnsafePointer(code.program.instructions.baseAddress!), range.lowerBound, range.upperBound,
                                            frame: frame, events: view, aggregates: aggregates)
            if frame.faulted.pointee {
                frame.faulted.pointee = false
                value = .nan
            }
            if let ids = model.categoryIds[index] { value = ids.firstIndex(of: value).map(Double.init) ?? .nan }
            return Float(value)
        }
    }

    @Test func theSuspicionScoresFeaturesAreTheMachinesOnEveryClaimantAndDay() throws {
        let simulation = try SuspicionLessonTests.simulation()
        let scoreIndex = try #require(simulation.ruleset.scores.firstIndex { $0.model != nil })
        let model = try #require(simulation.code.models[scoreIndex])
        let shortcuts = (0..<model.featureCount).filter { model.shortcuts[$0].form != .general }.count
        #expect(shortcuts == model.featureCount, "every feature of the bundled score has a common form")
        let evaluator = simulation.makeEvaluator(simulation.startingParameters)
        var compared = 0
        for timeline in simulation.timelines {
            for day in stride(from: 0, through: simulation.scenario.days, by: 3) {
                evaluator.events = timeline.view
                evaluator.evaluate(day: day)
                guard let inputs = evaluator.modelInputs(scoreIndex) else { continue }
                let expected = Self.machineInputs(simulation, model, timeline: timeline, day: day)
                #expect(inputs.map(\.bitPattern) == expected.map(\.bitPattern), "day \(day): \(inputs) against \(expected)")
                compared += 1
            }
        }
        #expect(compared > 100)
    }
}
