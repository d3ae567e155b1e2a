import PartnerGraph

/// An actor the extractor can recognise: a country, an organisation or a dialogue, with the names it goes by.
public struct KnownActor: Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: NodeKind
    public var region: String?
    public var attributes: [String: String]
    /// Other names: short and historical forms, acronyms, demonyms.
    public var aliases: [String]

    public init(id: String, name: String, kind: NodeKind, region: String? = nil, attributes: [String: String] = [:], aliases: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.region = region
        self.attributes = attributes
        self.aliases = aliases
    }
}

/// What a gazetteer phrase stands for.
enum GazetteerValue: Sendable, Hashable {
    /// An actor, by name, short form, acronym or demonym ("Nigerian Minister", "the French presidency").
    case actor(id: String)
    /// A city, with the id of its country.
    case city(name: String, country: String)
}

/// A phrase of a sentence that names an actor or a city.
struct Mention: Sendable, Hashable {
    var range: Range<Int>
    var value: GazetteerValue

    var actorID: String? { if case .actor(let id) = value { return id } else { return nil } }
    var city: (name: String, country: String)? { if case .city(let name, let country) = value { return (name, country) } else { return nil } }
}

/// Countries, organisations, dialogues and cities by name: the extractor's dictionary.
///
/// The built-in gazetteer joins three tables: countries (generated from Debian's iso-codes, with curated short
/// forms and demonyms), organisations and dialogues (curated, in ``Gazetteer/organisationTable``), and cities
/// (generated from GeoNames). Add organisations with ``addOrganisations(tsv:file:)``; the text itself adds
/// "Full Name (ACRONYM)" pairs as it is read.
public struct Gazetteer: Sendable {
    public private(set) var actors: [String: KnownActor] = [:]
    private(set) var matcher = PhraseMatcher<GazetteerValue>()
    /// Cities below 100,000 people: taken only where the text puts a place (see ``SentenceAnalysis``).
    private(set) var smallCities: Set<String> = []
    /// The folded keys of large cities' French names without their article ("caire" of "Le Caire", "cap" of "Le Cap"):
    /// taken only after "au" or "aux" (see ``SentenceAnalysis``).
    private(set) var contractedForms: Set<String> = []
    /// For a city name several countries have, the other countries with a large city of that name.
    private(set) var otherCountries: [String: [String]] = [:]

    /// An empty gazetteer.
    public init() {}

    /// Countries, organisations, dialogues and cities shipped with the module (parsed once, on first use).
    public static let builtIn: Gazetteer = {
        var gazetteer = Gazetteer()
        gazetteer.addCountries(CountryGazetteer.table)
        try! gazetteer.addOrganisations(tsv: organisationTable)
        gazetteer.addCities(PlaceGazetteer.table)
        return gazetteer
    }()

    /// Adds or extends an actor; its name, aliases and id (when it is an acronym) become phrases to find.
    public mutating func add(_ actor: KnownActor) {
        var merged = actor
        if let existing = actors[actor.id] {
            merged = existing
            merged.aliases += actor.aliases.filter { !existing.aliases.contains($0) }
            for (key, value) in actor.attributes where merged.attributes[key] == nil { merged.attributes[key] = value }
        }
        actors[actor.id] = merged
        // "Côte d'ivoire", "Sierra leone": a country's name is found whatever the case of its later words.
        for name in [actor.name] + actor.aliases { matcher.add(name, value: .actor(id: actor.id), laterWordsAnyCase: merged.kind == .country) }
    }

    /// Adds organisations and dialogues from tab-separated lines: `id`, `kind`, `name`, aliases separated by `|`.
    /// Empty lines and lines starting with `#` are skipped.
    /// - Throws: ``ExtractionError/badGazetteerLine(_:_:)`` for a line with fewer than three fields.
    public mutating func addOrganisations(tsv: String, file: String = "organisations") throws {
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = line.trimmingWhitespace()
            if text.isEmpty || text.hasPrefix("#") { continue }
            let fields = text.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
            guard fields.count >= 3, !fields[0].isEmpty, !fields[2].isEmpty else {
                throw ExtractionError.badGazetteerLine(file, number + 1)
            }
            let aliases = fields.count > 3 ? fields[3].split(separator: "|").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty } : []
            var attributes: [String: String] = [:]
            if let acronym = aliases.first(where: { Tokenizer.tokens($0).count == 1 && Tokenizer.tokens($0)[0].isAcronym }) {
                attributes["acronym"] = acronym
            }
            add(
                KnownActor(
                    id: fields[0], name: fields[2], kind: NodeKind(fields[1].isEmpty ? "organisation" : fields[1]),
                    attributes: attributes, aliases: aliases))
        }
    }

    mutating func addCountries(_ table: String) {
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4 else { continue }
            let aliases = fields.count > 4 ? fields[4].split(separator: "|").map(String.init) : []
            add(
                KnownActor(
                    id: fields[0], name: fields[3], kind: .country, region: fields[2].isEmpty ? nil : fields[2],
                    attributes: ["iso2": fields[1]], aliases: aliases))
        }
    }

    mutating func addCities(_ table: String) {
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2 else { continue }
            let aliases = fields.count > 2 ? fields[2].split(separator: "|").map(String.init) : []
            if fields.count > 3 && fields[3] == "small" { smallCities.insert(fields[0]) }
            if fields.count > 4 && !fields[4].isEmpty { otherCountries[fields[0]] = fields[4].split(separator: "|").map(String.init) }
            for name in [fields[0]] + aliases {
                // Each of the table's ~80,000 names is tokenised once: tokenising dominates the first use's cost.
                let tokens = Tokenizer.tokens(name)
                // A country or organisation of the same name wins ("Djibouti", "Rabat Process").
                if let existing = matcher.longestMatch(in: tokens, at: 0), case .actor = existing.value, existing.length == tokens.count {
                    continue
                }
                matcher.add(tokens: tokens, value: .city(name: fields[0], country: fields[1]))
            }
            // "s'est tenue au Caire": the article of "Le Caire" contracts with "à", so the name is found without it too.
            if !smallCities.contains(fields[0]) {
                for name in [fields[0]] + aliases where name.hasPrefix("Le ") || name.hasPrefix("Les ") {
                    let bare = Tokenizer.tokens(String(name.drop { $0 != " " }.dropFirst()))
                    guard let first = bare.first, first.text.count >= 3, first.isCapitalized,
                        matcher.longestMatch(in: bare, at: 0)?.length != bare.count
                    else { continue }
                    contractedForms.insert(bare.map(\.key).joined(separator: " "))
                    matcher.add(bare.map(\.text).joined(separator: " "), value: .city(name: fields[0], country: fields[1]))
                }
                // "s'est tenue à la Haye", "à la Havane": French writes the article of "La Haye" in lower case after "à"
                // (read only there, see ``SentenceAnalysis``).
                // (Not "le Cap", which would hide "le Cap-Vert".)
                for name in [fields[0]] + aliases where name.hasPrefix("La ") {
                    var tokens = Tokenizer.tokens(name)
                    guard tokens.count >= 2, tokens[1].isCapitalized else { continue }
                    tokens[0] = Tokenizer.tokens(tokens[0].key)[0]
                    matcher.add(tokens: tokens, value: .city(name: fields[0], country: fields[1]))
                }
            }
        }
    }

    /// Every name of an actor or city in the tokens, longest first, left to right.
    func mentions(in tokens: [Token]) -> [Mention] {
        matcher.matches(in: tokens).map { Mention(range: $0.range, value: $0.value) }
    }
}

/// The generated country table (see `scripts/gazetteers/countries.py`).
enum CountryGazetteer {}
/// The generated city table (see `scripts/gazetteers/cities.py`).
enum PlaceGazetteer {}

extension PlaceGazetteer {
    /// Countries whose government and meetings sit in a city other than the capital GeoNames gives, the city a text means
    /// by "the Ivorian capital", "la capitale béninoise", "the Bolivian capital": Abidjan, the seat of Côte d'Ivoire's
    /// institutions (https://en.wikipedia.org/wiki/Abidjan); Cotonou, Benin's seat of government
    /// (https://en.wikipedia.org/wiki/Cotonou); La Paz, Bolivia's seat of government (https://en.wikipedia.org/wiki/La_Paz).
    static let seatsOfGovernment: [String: String] = ["CIV": "Abidjan", "BEN": "Cotonou", "BOL": "La Paz"]

    /// The city a text names by "the capital" of a country: its seat of government where that differs, else its capital.
    static func capitalMeant(by country: String) -> String? { seatsOfGovernment[country] ?? capitals[country] }
}

extension Gazetteer {
    /// Whether the built-in gazetteer knows this id (so it was not learned from a text).
    func isBuiltIn(_ id: String) -> Bool { Gazetteer.builtIn.actors[id] != nil }
}
