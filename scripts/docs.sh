#!/usr/bin/env bash
# Builds the DocC documentation of every library target with the toolchain's own `docc`, and fails on any warning.
#
#   scripts/docs.sh [OUTPUT_DIR]      (default .build/docs; one MODULE.doccarchive per target)
#
# The symbol graphs come from `swift package dump-symbol-graph` (built into SwiftPM: it reuses the debug build), so
# the package needs no documentation plugin, and a dependant fetches nothing for documentation it never builds.
# Targets are converted in dependency order, each archive linkable by the next (`--dependency`), so a link such as
# ``PartnerGraph/Network`` in PartnerMetrics' documentation resolves to PartnerGraph's page.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-.build/docs}"
# Dependencies first: a target's archive must exist before the targets that link to it.
targets=(PartnerFiles PartnerGraph PartnerMetrics PartnerIO PartnerGraphviz PartnerExtract PartnerReport)
declare -A uses=(
  [PartnerFiles]=""
  [PartnerGraph]=""
  [PartnerMetrics]="PartnerGraph"
  [PartnerIO]="PartnerFiles PartnerGraph PartnerMetrics"
  [PartnerGraphviz]="PartnerFiles PartnerGraph"
  [PartnerExtract]="PartnerFiles PartnerGraph PartnerIO"
  [PartnerReport]="PartnerFiles PartnerGraph PartnerMetrics PartnerIO PartnerGraphviz"
)

swift package dump-symbol-graph --skip-synthesized-members --emit-extension-block-symbols >/dev/null
graphs="$(swift build --show-bin-path)/../symbolgraph"
[ -d "$graphs" ] || { echo "docs: no symbol graphs in $graphs" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out/graphs"
failed=0
for target in "${targets[@]}"; do
  # A target's own graph and its extensions of other modules' types (TARGET@OTHER.symbols.json).
  mkdir -p "$out/graphs/$target"
  cp "$graphs/$target.symbols.json" "$out/graphs/$target/"
  for extension in "$graphs/$target@"*.symbols.json; do
    [ -e "$extension" ] && cp "$extension" "$out/graphs/$target/"
  done
  dependencies=()
  for used in ${uses[$target]}; do dependencies+=(--dependency "$out/$used.doccarchive"); done
  if ! docc convert "Sources/$target/$target.docc" \
    --additional-symbol-graph-dir "$out/graphs/$target" \
    --output-dir "$out/$target.doccarchive" \
    --fallback-display-name "$target" --fallback-bundle-identifier "org.partnergraph.$target" \
    --enable-experimental-external-link-support "${dependencies[@]}" \
    --warnings-as-errors >"$out/$target.log" 2>&1; then
    echo "docs: $target has DocC warnings ($out/$target.log):" >&2
    grep -E "(warning|error):" "$out/$target.log" >&2 || cat "$out/$target.log" >&2
    failed=1
  else
    echo "docs: $target: no warnings"
  fi
done
exit "$failed"
