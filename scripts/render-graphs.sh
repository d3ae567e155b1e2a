#!/usr/bin/env bash
# Renders the diagrams in graphs/ from their network files, in-process through libgvc.
#
#   scripts/render-graphs.sh          # graphs/rabat-process.svg/.png, graphs/rabat-process-2015-2025.svg/.png
#                                     # and graphs/rabat-process-2015-2025-projection.svg/.png
#
# The full network (actors, meetings and ties) is drawn with neato: the Rabat Process is a hub with
# spokes, which a layered dot drawing stretches into one tall column. Needs libgraphviz-dev.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! pkg-config --exists libgvc; then
    echo "libgraphviz-dev is missing: sudo apt-get install -y libgraphviz-dev" >&2
    exit 1
fi

render() {
    swift run -c release partnet render graphs/rabat-process.yaml --view full --engine neato --size 14,14 "$@"
}
render -o graphs/rabat-process.svg
render -o graphs/rabat-process.png
echo "wrote graphs/rabat-process.svg graphs/rabat-process.png"

# The Rabat Process 2015-2025 (about 100 nodes): the full network with neato (dot stacks it into one column, and
# year clusters overlap under fdp), and the actor projection coloured by region and sized by betweenness, which
# reads better at this size.
full2015() {
    swift run -c release partnet render graphs/rabat-process-2015-2025.yaml --view full --engine neato --size 20,20 "$@"
}
projection2015() {
    swift run -c release partnet render graphs/rabat-process-2015-2025.yaml --view projection --engine neato \
        --color-by region --size-by betweenness --size 14,14 "$@"
}
full2015 -o graphs/rabat-process-2015-2025.svg
full2015 -o graphs/rabat-process-2015-2025.png
projection2015 -o graphs/rabat-process-2015-2025-projection.svg
projection2015 -o graphs/rabat-process-2015-2025-projection.png
echo "wrote graphs/rabat-process-2015-2025{,-projection}.svg and .png"
