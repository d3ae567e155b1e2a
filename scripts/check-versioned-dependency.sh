#!/usr/bin/env bash
# Checks that a package can depend on PartnerGraph by version (`.package(url: ..., from: "x.y.z")`) and use every
# library product. SwiftPM refuses unsafe build flags (`.unsafeFlags`) in any target a versioned dependency's library
# product reaches; a path or branch dependency (and this repository's own build) would not notice. It fails at graph
# loading, so no compiling is needed: a tagged clone of HEAD, a throw-away dependant, `swift package show-dependencies`.
# Usage: scripts/check-versioned-dependency.sh   (from anywhere in the repository; checks what is committed)
set -euo pipefail
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git clone -q --no-tags "$root" "$work/partnergraph"
git -C "$work/partnergraph" tag -f 0.0.1 HEAD

# Every library product the manifest declares, as `.product(name: ..., package: "partnergraph")` lines.
products=$(cd "$root" && swift package dump-package | python3 -c '
import json, sys
for p in json.load(sys.stdin)["products"]:
    if "library" in p["type"]:
        print(f"""                .product(name: "{p["name"]}", package: "partnergraph"),""")
')
[ -n "$products" ] || { echo "check-versioned-dependency: no library product found in Package.swift" >&2; exit 1; }

mkdir -p "$work/dependant/Sources/Dependant"
cat > "$work/dependant/Package.swift" <<MANIFEST
// swift-tools-version:6.1
import PackageDescription
let package = Package(
    name: "Dependant",
    dependencies: [.package(url: "file://$work/partnergraph", exact: "0.0.1")],
    targets: [
        .executableTarget(
            name: "Dependant",
            dependencies: [
$products
            ]
        )
    ]
)
MANIFEST
echo 'print("unused")' > "$work/dependant/Sources/Dependant/main.swift"

if ! out=$(cd "$work/dependant" && swift package show-dependencies 2>&1) || grep -q "error:" <<<"$out"; then
  echo "check-versioned-dependency: a package depending on PartnerGraph by version cannot load it:" >&2
  grep "error:" <<<"$out" >&2 || echo "$out" >&2
  exit 1
fi
echo "check-versioned-dependency: every library product loads as a versioned dependency ($(grep -c 'product(name' <<<"$products") products)"
