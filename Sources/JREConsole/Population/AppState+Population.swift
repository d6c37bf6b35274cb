import JRECore
import JREText

extension AppState {
    /// Asks for the population screen: with the workshop's ruleset and settings from the board or
    /// the lab, with the bundled default from the picker.
    mutating func requestPopulation(effects: inout [ConsoleEffect]) {
        if screen == .board || screen == .lab, let workshop {
            effects.append(.openPopulation(PopulationOpening(ruleset: workshop.ruleset, parameters: workshop.parameters,
                                                                    startingParameters: workshop.simulation.startingParameters,
                                                                    selection: workshop.labSelection, returnTo: screen)))
        } else {
            effects.append(.openPopulation(PopulationOpening(ruleset: nil, parameters: nil, returnTo: screen)))
        }
    }

    /// Shows `opened` and asks for its first figures (``ConsoleEvent/populationOpened(_:note:)``).
    mutating func showPopulation(_ opened: PopulationScreen, effects: inout [ConsoleEffect]) {
        if let previous = population, !previous.runningJobs.isEmpty { effects.append(.cancelPopulationJobs(previous.runningJobs)) }
        population = opened
        screen = .population
        schedulePopulationJobs(effects: &effects)
    }

    /// Takes a population job's report (``ConsoleEvent/populationJob(_:)``), then asks for what the settings in force still need.
    mutating func receive(_ event: PopulationJobEvent, effects: inout [ConsoleEffect]) {
        guard var population else { return }
        population.receive(event)
        if case .failed(_, let message) = event { status = message }
        self.population = population
        if case .progress = event { return }
        schedulePopulationJobs(effects: &effects)
    }

    /// Starts the sample and chart evaluations the current settings need (one of each kind at a time).
    mutating func schedulePopulationJobs(effects: inout [ConsoleEffect]) {
        guard var population else { return }
        effects += population.neededJobs().map { .startPopulationJob($0) }
        self.population = population
    }

    /// The population screen's keys: move and tune settings, switch panes, run the whole population, go back.
    mutating func performOnPopulation(_ action: ConsoleAction, effects: inout [ConsoleEffect]) {
        guard var population else { return }
        let count = population.ruleset.parameters.count
        var settingsChanged = false
        switch action {
        case .back:
            if let job = population.dropFullRun() {
                // The first Esc stops a long run; the next one leaves.
                effects.append(.cancelPopulationJobs([job]))
                status = Strings.popConsoleFullStopped(lang)
            } else {
                if !population.runningJobs.isEmpty { effects.append(.cancelPopulationJobs(population.runningJobs)) }
                population.sampleJob = nil
                population.sweepJob = nil
                screen = workshop == nil && population.returnTo != .picker ? .picker : population.returnTo
            }
        case .moveUp where count > 0:
            population.selection = max(0, population.selection - 1)
        case .moveDown where count > 0:
            population.selection = min(count - 1, population.selection + 1)
        case .increase:
            settingsChanged = population.step(by: 1)
        case .decrease:
            settingsChanged = population.step(by: -1)
        case .resetOne where count > 0:
            settingsChanged = population.set(population.selection, to: population.startingParameters[population.selection])
        case .resetAll:
            settingsChanged = population.parameters != population.startingParameters
            population.parameters = population.startingParameters
        case .switchRuleset:
            settingsChanged = population.rulesets.count > 1
            population.switchRuleset()
            if settingsChanged { status = Strings.popConsoleRulesetNow.format(lang, population.ruleset.title.resolve(lang)) }
        case .switchPane:
            let panes = population.panes
            population.pane = panes[((panes.firstIndex(of: population.pane) ?? -1) + 1) % panes.count]
            population.scroll = 0
        case .nextGrouping:
            let groupings = population.groupings
            if !groupings.isEmpty { population.grouping = (population.grouping + 1) % groupings.count }
            population.pane = .groups
        case .pageDown:
            population.scroll += max(1, height - 12)
        case .pageUp:
            population.scroll = max(0, population.scroll - max(1, height - 12))
        case .moveTop:
            population.scroll = 0
        case .runFullPopulation:
            if let job = population.fullJobToStart() {
                effects.append(.startPopulationJob(job))
            } else if population.fullJob == nil {
                status = Strings.popConsoleFullUpToDate(lang)
            }
        default:
            break
        }
        // A long run for settings that no longer hold is stopped: its figures would not match.
        if settingsChanged, let job = population.dropFullRun() {
            effects.append(.cancelPopulationJobs([job]))
            status = Strings.popConsoleFullStoppedSettings(lang)
        }
        self.population = population
        if screen == .population { schedulePopulationJobs(effects: &effects) }
    }
}
