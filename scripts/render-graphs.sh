#!/usr/bin/env bash
# Renders the diagrams in graphs/ from their network files, in-process through libgvc.
#
#   scripts/render-graphs.sh          # graphs/rabat-process.svg and graphs/rabat-process.png
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
