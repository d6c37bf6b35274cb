import JREConsole

extension AppState {
    /// Runs the model-screen jobs among `effects` at once (as the runner's inline mode does) and
    /// hands their reports to the state; returns the reports.
    @discardableResult
    mutating func runModelJobs(_ effects: [ConsoleEffect], runner: ModelTrainingRunner = ModelTrainingRunner(mode: .inline)) -> [ModelTrainingEvent] {
        var reports: [ModelTrainingEvent] = []
        for effect in effects {
            guard case .trainModel(let job) = effect else { continue }
            runner.start(job)
            let events = runner.drain()
            reports += events
            for event in events { _ = update(.modelTraining(event)) }
        }
        return reports
    }
}
