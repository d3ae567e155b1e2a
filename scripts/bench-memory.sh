#!/usr/bin/env bash
# Peak memory of the commands of issue 24 item 7, against the size of their input: `info` on the affiliation
# list affil-L, `convert --to yaml` on the edge list uni-L, and `extract` on one JSON line of about 50 MB that
# this script writes (announcement-style text from templates, seeded). The target is at most 8x the input.
#
# Prints one row per command: input size, peak resident memory (GNU time's maximum RSS), their ratio and the
# wall time, then the load average (the machine may be shared; time is for guidance, memory is not affected).
#
# Usage: scripts/bench-memory.sh [PARTNET]
#   PARTNET     the binary to measure (default .build/release/partnet; build it with
#               `swift build -c release -j 1 --product partnet`)
#   PEERS_DATA  the folder of affil-L.tsv and uni-L.tsv (default ~/partnet-bench)
#   JSON_MB     the size of the JSON line in MB (default 50)
set -euo pipefail
cd "$(dirname "$0")/.."
partnet="${1:-.build/release/partnet}"
data="${PEERS_DATA:-$HOME/partnet-bench}"
json_mb="${JSON_MB:-50}"
[ -x "$partnet" ] || { echo "no $partnet: run swift build -c release -j 1 --product partnet" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed for the peak memory" >&2; exit 1; }
for file in affil-L.tsv uni-L.tsv; do
    [ -f "$data/$file" ] || { echo "no $data/$file (set PEERS_DATA)" >&2; exit 1; }
done
directory="$(mktemp -d)"
trap 'rm -rf "$directory"' EXIT

# One JSON object on one line: {"url", "text"}, the text made of announcement paragraphs joined by line breaks.
python3 - "$directory/line.jsonl" "$json_mb" <<'PY'
import json, random, sys
path, megabytes = sys.argv[1], float(sys.argv[2])
rng = random.Random(24)
cities = [("Dakar", "Senegal"), ("Rabat", "Morocco"), ("Abuja", "Nigeria"), ("Madrid", "Spain"), ("Brussels", "Belgium"),
          ("Bamako", "Mali"), ("Lisbon", "Portugal"), ("Accra", "Ghana"), ("Paris", "France"), ("Niamey", "Niger")]
countries = ["Senegal", "Morocco", "Nigeria", "Spain", "Belgium", "Mali", "Portugal", "Ghana", "France", "Niger",
             "Côte d'Ivoire", "Burkina Faso", "Italy", "Germany", "Guinea", "Gambia", "Mauritania", "Cabo Verde"]
organisations = ["ICMPD", "IOM", "UNHCR", "UNODC", "Frontex", "ECOWAS", "the European Union", "the African Union"]
kinds = ["technical workshop", "thematic meeting", "Senior Officials' Meeting", "regional workshop", "training session"]
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
closing = ("Participants discussed return and reintegration, legal pathways and the prevention of irregular migration, "
           "and agreed to meet again before the end of the year. ")
target = int(megabytes * 1_000_000)
parts, size = [], 0
while size < target:
    city, country = rng.choice(cities)
    day = rng.randint(1, 27)
    date = f"{day}-{day + 1} {rng.choice(months)} {rng.randint(2015, 2025)}"
    chairs = rng.sample(countries, 2)
    guests = rng.sample(countries, 4) + rng.sample(organisations, 2)
    paragraph = (f"The {rng.choice(kinds)} took place in {city} on {date}, hosted by {country} and co-chaired by "
                 f"{chairs[0]} and {chairs[1]}. It brought together {', '.join(guests[:-1])} and {guests[-1]}. " + closing)
    parts.append(paragraph)
    size += len(paragraph.encode()) + 2
with open(path, "w", encoding="utf-8") as out:
    out.write(json.dumps({"url": "https://example.org/one-line", "text": "\n".join(parts)}, ensure_ascii=False))
    out.write("\n")
PY

# measure LABEL INPUT COMMAND...: runs COMMAND under GNU time and prints the row.
measure() {
    local label="$1" input="$2"
    shift 2
    if ! /usr/bin/time -f '%M %e' -o "$directory/time" "$@" > "$directory/stdout" 2> "$directory/stderr"; then
        echo "$label failed:" >&2
        cat "$directory/stderr" >&2
        exit 1
    fi
    python3 - "$label" "$(stat -c %s "$input")" $(tail -n 1 "$directory/time") <<'PY'
import sys
label, size, peak_kb, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
peak = peak_kb * 1024
print(f"| {label} | {size / 1e6:.1f} MB | {peak / 1e6:.0f} MB | {peak / size:.1f}x | {seconds:.1f} s |")
PY
}

echo "| command | input | peak | peak / input | time |"
echo "|---|---:|---:|---:|---:|"
measure "info affil-L --input affiliation" "$data/affil-L.tsv" "$partnet" info "$data/affil-L.tsv" --input affiliation
measure "convert uni-L --to yaml" "$data/uni-L.tsv" "$partnet" convert "$data/uni-L.tsv" --to yaml -o "$directory/uni-L.yaml"
bytes=$(stat -c %s "$directory/line.jsonl")
measure "extract one ${json_mb} MB JSON line" "$directory/line.jsonl" \
    "$partnet" extract "$directory/line.jsonl" --max-input-bytes "$((bytes + 1))" -o "$directory/draft.yaml"
uptime
