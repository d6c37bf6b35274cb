import Dispatch
import Foundation
import JRECore
import JREPopulation
import JREText
import JRETerminal
import Synchronization

/// Runs the population screen's jobs off the screen's thread and keeps their reports until the
/// console collects them (``drain()``), between two keys or at the next tick.
///
/// Two serial lanes: the sample and the lab chart (short, one after the other), and the whole
/// population (long, beside them). Jobs still running when the runner goes away are stopped.
public final class PopulationJobRunner: Sendable {
    /// Where jobs run: on background threads, or right away on the caller's (tests, snapshots).
    public enum Mode: Sendable {
        case background
        case inline
    }

    private let mode: Mode
    private let lang: Lang
    private let time: any TimeSource
    private let interactive = DispatchQueue(label: "jre-console.population.interactive", qos: .userInitiated)
    private let long = DispatchQueue(label: "jre-console.population.full", qos: .utility)
    private let inbox = Inbox()
    private let running = RunningJobs()

    /// `time` times the jobs (a manual clock in tests keeps the elapsed times shown at zero).
    public init(mode: Mode = .background, lang: Lang, time: any TimeSource = SystemTime()) {
        self.mode = mode
        self.lang = lang
        self.time = time
    }

    deinit {
        running.cancelAll()
    }

    /// Starts `job`; its reports arrive through ``drain()``.
    public func start(_ job: PopulationJob) {
        let cancellation = running.add(job.id)
        let inbox = self.inbox, lang = self.lang, running = self.running, time = self.time
        let work: @Sendable () -> Void = {
            let event = Self.run(job, lang: lang, time: time, cancellation: cancellation, inbox: inbox)
            running.remove(job.id)
            inbox.post(event)
        }
        switch mode {
        case .inline: work()
        case .background: (job.kind == .full ? long : interactive).async(execute: work)
        }
    }

    /// Stops the jobs numbered `ids` (their results are dropped; a `cancelled` report follows).
    public func cancel(_ ids: [Int]) { running.cancel(ids) }

    /// The reports received since the last call, oldest first.
    public func drain() -> [PopulationJobEvent] { inbox.take() }

    /// Whether a job is running or a report is waiting: the console then polls more often.
    public var isBusy: Bool { running.isBusy || inbox.hasEvents }

    /// Runs one job to its end, its stop, or its failure.
    private static func run(_ job: PopulationJob, lang: Lang, time: any TimeSource, cancellation: PopulationCancellation, inbox: Inbox) -> PopulationJobEvent {
        let clock = time
        let start = clock.now
        let input = PopulationInput.synthetic(job.population)
        let report: ProgressSink = { @Sendable fraction in
            inbox.post(.progress(id: job.id, fraction: fraction, elapsed: clock.now - start))
        }
        let progress: ProgressSink? = job.kind == .full ? report : nil
        do {
            switch job.kind {
            case .sample, .full:
                // A trained score is also read as national control capacities, in the same walk.
                let outcome = try PopulationRun.evaluate(input, rules: job.rules, day: job.day, parameters: job.parameters, groupBy: job.groupBy,
                                                         capacityScore: CapacityRun.trainedScore(job.rules), progress: progress,
                                                         cancellation: cancellation)
                let report = PopulationReport(origin: .synthetic(job.population), rules: job.rules, day: job.day, days: job.population.days,
                                              parameters: job.parameters, outcome: outcome)
                let capacity = outcome.capacity.map { counts in
                    PopulationFigures.capacities.map { CapacityReport(outcome: counts, rules: job.rules, capacity: $0) }
                }
                return .evaluated(id: job.id, figures: PopulationFigures(report: report, rulesetID: job.rules.ruleset.id, parameters: job.parameters,
                                                                         claimants: job.population.size, elapsed: clock.now - start,
                                                                         capacity: capacity))
            case .sweep(let parameter, let values):
                let tallies = try PopulationRun.sweep(input, rules: job.rules, day: job.day, parameters: job.parameters, parameter: parameter,
                                                      values: values, cancellation: cancellation)
                return .swept(id: job.id, curve: PopulationCurve(rulesetID: job.rules.ruleset.id, parameter: parameter, values: values,
                                                                 parameters: job.parameters, tallies: tallies))
            }
        } catch is PopulationRunCancelled {
            return .cancelled(id: job.id)
        } catch let error as PopulationRun.GroupingError {
            return .failed(id: job.id, message: error.message.render(lang))
        } catch {
            return .failed(id: job.id, message: "\(error)")
        }
    }

    /// The jobs running and how to stop each, under a lock.
    private final class RunningJobs: Sendable {
        private let jobs = Mutex<[Int: PopulationCancellation]>([:])

        func add(_ id: Int) -> PopulationCancellation {
            let cancellation = PopulationCancellation()
            jobs.withLock { $0[id] = cancellation }
            return cancellation
        }

        func remove(_ id: Int) { _ = jobs.withLock { $0.removeValue(forKey: id) } }
        func cancel(_ ids: [Int]) { jobs.withLock { jobs in for id in ids { jobs[id]?.cancel() } } }
        func cancelAll() { jobs.withLock { jobs in for cancellation in jobs.values { cancellation.cancel() } } }
        var isBusy: Bool { jobs.withLock { !$0.isEmpty } }
    }

    /// The reports waiting for the console, under a lock.
    private final class Inbox: Sendable {
        private let events = Mutex<[PopulationJobEvent]>([])

        func post(_ event: PopulationJobEvent) { events.withLock { $0.append(event) } }
        func take() -> [PopulationJobEvent] { events.withLock { taken in defer { taken = [] }; return taken } }
        var hasEvents: Bool { events.withLock { !$0.isEmpty } }
    }
}
