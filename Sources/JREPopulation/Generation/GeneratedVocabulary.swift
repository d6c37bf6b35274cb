import JRECore

/// The events the generator writes: `jre-standard`'s vocabulary (types and attributes, in its order),
/// plus the fraud world's: the country of each login (`login.pays`) and the advisor's reports (`signalement`).
///
/// A test checks this table against the bundled ruleset, so the two cannot drift apart. A ruleset
/// that does not declare the world's additions never reads them, and is not warned about them.
enum GeneratedVocabulary {
    /// The event types, by index (see ``GeneratedType``), with their attributes in slot order.
    static let types: [(name: String, attributes: [String])] = [
        ("login", ["pays"]),
        ("application", ["rome", "sector", "employer", "channel"]),
        ("employer_contact", ["employer", "channel"]),
        ("response", ["outcome", "employer"]),
        ("interview", ["employer"]),
        ("appointment", ["attended", "channel"]),
        ("message", ["from"]),
        ("workshop", ["title"]),
        ("training", ["title", "hours"]),
        ("mood", ["value"]),
        ("work_contract", ["days", "hours", "employer"]),
        ("actualisation", []),
        ("sick_leave", ["declared_late"]),
        ("activity", ["hours"]),
        ("control", ["outcome"]),
        ("signalement", []),
    ]

    /// The fraud world's event types and attributes (`docs/population-model.md` § 1.5).
    static let worldTypes: Set<String> = ["signalement"]
    static let worldAttributes: Set<String> = ["pays"]

    /// Every attribute name, in the order of first appearance, the fraud world's last: the attribute
    /// columns of `events.csv` (so that a file of the world only adds columns at the end).
    static let attributeColumns: [String] = {
        var names: [String] = []
        for (_, attributes) in types { for name in attributes where !names.contains(name) && !worldAttributes.contains(name) { names.append(name) } }
        for (_, attributes) in types { for name in attributes where !names.contains(name) { names.append(name) } }
        return names
    }()

    /// The most attributes any type has.
    static let maximumSlots = types.map(\.attributes.count).max() ?? 0
}

/// The generator's event types, as indexes of ``GeneratedVocabulary/types``.
enum GeneratedType {
    static let login = 0, application = 1, employerContact = 2, response = 3, interview = 4, appointment = 5
    static let message = 6, workshop = 7, training = 8, mood = 9, workContract = 10, actualisation = 11
    static let sickLeave = 12, activity = 13, control = 14, report = 15
}

/// The attribute values the generator draws from, as cells of one shared, read-only table.
enum GeneratedCells {
    /// Job codes (ROME) and the sector each belongs to (sector names as in the bundled scenarios).
    static let jobs: [(rome: String, sector: String)] = [
        ("M1602", "administration"), ("M1607", "administration"), ("M1608", "administration"),
        ("J1501", "santé"), ("J1301", "santé"), ("K1302", "services"), ("K1304", "services"),
        ("K2204", "propreté"), ("K2202", "propreté"), ("N1103", "logistique"), ("N1105", "logistique"),
        ("N4101", "transport"), ("N4105", "transport"), ("G1602", "restauration"), ("G1603", "restauration"),
        ("H2909", "industrie"), ("H3302", "industrie"), ("I1304", "maintenance"), ("I1203", "maintenance"),
        ("E1103", "communication"), ("M1805", "numérique"), ("M1810", "numérique"),
        ("K1303", "petite enfance"), ("K2104", "petite enfance"),
    ]
    static let sectors: [String] = {
        var names: [String] = []
        for job in jobs where !names.contains(job.sector) { names.append(job.sector) }
        return names
    }()
    static let workshopTitles = ["Valoriser mes compétences", "Rédiger un CV", "Préparer un entretien", "Réseaux professionnels", "Utiliser LinkedIn"]
    static let trainingTitles = ["Titre professionnel Gestionnaire de paie", "CACES R489", "Titre professionnel Agent de propreté", "Remise à niveau", "Prépa compétences"]
    static let employerCount = 20_000
    static let largestInteger = 2_000

    static let table: CellTable = {
        let table = CellTable()
        for number in 0...largestInteger { table.cell(.number(Double(number))) }
        for index in 0..<employerCount { table.cell(.text(employerName(index))) }
        for word in allWords { table.cell(.text(word)) }
        table.cell(.bool(false))
        table.cell(.bool(true))
        for word in worldWords { table.cell(.text(word)) }
        return table
    }()

    static let allWords: [String] = jobs.map(\.rome) + sectors + workshopTitles + trainingTitles + [
        "site", "direct", "phone", "in_person", "agence", "telephone", "visio",
        "refus", "entretien", "embauche", "sans_suite", "recherche_active", "redynamise", "sanction",
        "claimant", "advisor",
    ]

    /// The fraud world's words, after every other cell (the others keep their ids).
    static let worldWords = ["france", "etranger"]

    static func employerName(_ index: Int) -> String {
        let digits = String(index)
        return "E" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    @inline(__always) static func integer(_ value: Int) -> Int32 { Int32(min(max(value, 0), largestInteger)) }
    @inline(__always) static func employer(_ index: Int) -> Int32 { Int32(largestInteger + 1 + index) }
    static func word(_ text: String) -> Int32 { table.cell(.text(text)) }
    static let falseCell = table.cell(.bool(false))
    static let trueCell = table.cell(.bool(true))

    static let romeCells = jobs.map { word($0.rome) }
    static let sectorOfJob = jobs.map { word($0.sector) }
    static let jobSectorIndex = jobs.map { job in sectors.firstIndex(of: job.sector) ?? 0 }
    static let workshopCells = workshopTitles.map(word)
    static let trainingCells = trainingTitles.map(word)
    static let site = word("site"), direct = word("direct"), phone = word("phone"), inPerson = word("in_person")
    static let agence = word("agence"), telephone = word("telephone"), visio = word("visio")
    static let refus = word("refus"), entretien = word("entretien"), embauche = word("embauche"), sansSuite = word("sans_suite")
    static let rechercheActive = word("recherche_active"), redynamise = word("redynamise"), sanction = word("sanction")
    static let fromClaimant = word("claimant"), fromAdvisor = word("advisor")
    static let france = word("france"), abroad = word("etranger")
    /// Response outcomes in the order of ``PopulationModel/outcomeWeights``.
    static let outcomeCells = [refus, entretien, embauche, sansSuite]
    /// For each sector, its jobs.
    static let jobsOfSector: [[Int]] = sectors.indices.map { sector in jobs.indices.filter { jobSectorIndex[$0] == sector } }
    /// For each job, the other jobs of its sector.
    static let sameSectorJobs: [[Int]] = jobs.indices.map { job in
        jobs.indices.filter { $0 != job && jobSectorIndex[$0] == jobSectorIndex[job] }
    }
}

/// The generator's cell ids and tables in flat memory, read in the hot loop without reference
/// counting (one shared copy, never freed).
struct GeneratedCodes: @unchecked Sendable {
    let exponential: UnsafePointer<Double>
    let romeCells: UnsafePointer<Int32>
    let sectorOfJob: UnsafePointer<Int32>
    let workshopCells: UnsafePointer<Int32>
    let workshopCount: Int
    let trainingCells: UnsafePointer<Int32>
    let trainingCount: Int
    let outcomeCells: UnsafePointer<Int32>
    let site: Int32, direct: Int32, phone: Int32, inPerson: Int32
    let agence: Int32, telephone: Int32, visio: Int32
    let rechercheActive: Int32, redynamise: Int32, sanction: Int32
    let fromClaimant: Int32, fromAdvisor: Int32
    let trueCell: Int32, falseCell: Int32

    static let shared = GeneratedCodes()

    private static func table<T>(_ values: [T]) -> UnsafePointer<T> {
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(1, values.count))
        pointer.initialize(from: values, count: values.count)
        return UnsafePointer(pointer)
    }

    private init() {
        exponential = Self.table(ExponentialTable.values)
        romeCells = Self.table(GeneratedCells.romeCells)
        sectorOfJob = Self.table(GeneratedCells.sectorOfJob)
        workshopCells = Self.table(GeneratedCells.workshopCells)
        workshopCount = GeneratedCells.workshopCells.count
        trainingCells = Self.table(GeneratedCells.trainingCells)
        trainingCount = GeneratedCells.trainingCells.count
        outcomeCells = Self.table(GeneratedCells.outcomeCells)
        site = GeneratedCells.site; direct = GeneratedCells.direct; phone = GeneratedCells.phone; inPerson = GeneratedCells.inPerson
        agence = GeneratedCells.agence; telephone = GeneratedCells.telephone; visio = GeneratedCells.visio
        rechercheActive = GeneratedCells.rechercheActive; redynamise = GeneratedCells.redynamise; sanction = GeneratedCells.sanction
        fromClaimant = GeneratedCells.fromClaimant; fromAdvisor = GeneratedCells.fromAdvisor
        trueCell = GeneratedCells.trueCell; falseCell = GeneratedCells.falseCell
    }
}
