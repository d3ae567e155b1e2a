#!/usr/bin/env bash
# Benchmark of `partnet extract`: generates N announcement-style documents of about 5 KB each (synthetic text
# from templates, seeded) and times one extraction over all of them with the release build. Prints the time,
# the time per 100 documents, and the load average beside it (the machine may be shared).
# Usage: scripts/bench-extract.sh [N]   (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
directory="$(mktemp -d)"
trap 'rm -rf "$directory"' EXIT
python3 - "$directory" "$count" <<'PY'
import random, sys
directory, count = sys.argv[1], int(sys.argv[2])
rng = random.Random(13)
cities = [("Dakar", "Senegal"), ("Rabat", "Morocco"), ("Abuja", "Nigeria"), ("Madrid", "Spain"), ("Brussels", "Belgium"),
          ("Bamako", "Mali"), ("Lisbon", "Portugal"), ("Accra", "Ghana"), ("Paris", "France"), ("Niamey", "Niger")]
countries = ["Senegal", "Morocco", "Nigeria", "Spain", "Belgium", "Mali", "Portugal", "Ghana", "France", "Niger",
             "Côte d'Ivoire", "Burkina Faso", "Italy", "Germany", "Guinea", "Gambia", "Mauritania", "Cabo Verde"]
organisations = ["ICMPD", "IOM", "UNHCR", "UNODC", "Frontex", "Interpol", "ECOWAS", "the European Union", "the African Union"]
types = ["technical workshop", "thematic meeting", "Senior Officials' Meeting", "regional workshop", "training session"]
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
filler = ("Delegates exchanged views on practical cooperation, data collection and the protection of people on the move. "
          "Several speakers recalled the commitments of the partners and the need for regular follow-up between meetings. ")
for index in range(count):
    parts = []
    while sum(map(len, parts)) < 5000:
        city, country = rng.choice(cities)
        day = rng.randint(1, 27)
        date = f"{day}-{day + 1} {rng.choice(months)} {rng.randint(2015, 2025)}"
        chairs = rng.sample(countries, 2)
        guests = rng.sample(countries, 4) + rng.sample(organisations, 3)
        parts.append(f"{city}, {date}, hosted by {country} and co-chaired by {chairs[0]} and {chairs[1]}.\n")
        parts.append(f"The {rng.choice(types)} held in {city} on {date} brought together {', '.join(guests[:-1])} and {guests[-1]}. " + filler + "\n\n")
    with open(f"{directory}/doc{index:04d}.txt", "w", encoding="utf-8") as out:
        out.write("".join(parts))
PY
bytes=$(cat "$directory"/*.txt | wc -c)
start=$(date +%s.%N)
.build/release/partnet extract "$directory" -o "$directory/draft.yaml"
end=$(date +%s.%N)
python3 - "$start" "$end" "$count" "$bytes" <<'PY'
import sys
start, end, count, size = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
seconds = end - start
print(f"{count} documents, {size / 1e6:.1f} MB: {seconds:.2f} s, {seconds * 100 / count:.3f} s per 100 documents")
PY
uptime
