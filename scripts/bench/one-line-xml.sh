#!/usr/bin/env bash
# One-line XML: how long `partnet info` takes on GraphML and GEXF written on one line, against the same
# documents with their line breaks. Prints one line per format with both times and their ratio (one-line /
# with breaks), and the load average before and after. The promise: a ratio of at most 1.5.
#
#   scripts/bench/one-line-xml.sh [PARTNET] [DATASET]
#
# PARTNET defaults to .build/release/partnet (swift build -c release -j 1 --product partnet); DATASET to uni-M,
# read from $PEERS_DATA (default ~/partnet-bench), or generated there by /work/shared/bench/gen.py when absent.
# Not a test: speed is measured, never asserted.
set -euo pipefail
partnet=${1:-.build/release/partnet}
dataset=${2:-uni-M}
data=${PEERS_DATA:-$HOME/partnet-bench}
source="$data/$dataset.tsv"
if [ ! -f "$source" ]; then
    PEERS_DATA="$data" python3 "${GEN_PY:-/work/shared/bench/gen.py}" "$dataset" >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds() { # best of three wall times of `partnet info FILE`
    local best=
    for _ in 1 2 3; do
        local start end
        start=$(date +%s.%N)
        "$partnet" info "$1" >/dev/null
        end=$(date +%s.%N)
        best=$(python3 -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); b=sys.argv[3]; print(t if not b else min(t, float(b)))" "$start" "$end" "$best")
    done
    echo "$best"
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for format in graphml gexf; do
    lines="$work/$dataset.$format"
    "$partnet" convert "$source" -o "$lines"
    # The same document on one line: every line break between tags becomes nothing.
    oneline="$work/$dataset-one-line.$format"
    tr -d '\n' <"$lines" >"$oneline"
    with=$(seconds "$lines")
    without=$(seconds "$oneline")
    python3 -c "import sys; w, o = float(sys.argv[2]), float(sys.argv[3]); print('%s: %d bytes, with line breaks %.3f s, one line %.3f s, ratio %.2f' % (sys.argv[1], int(sys.argv[4]), w, o, o / w))" \
        "$format" "$with" "$without" "$(stat -c %s "$oneline")"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
