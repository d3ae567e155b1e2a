#!/usr/bin/env bash
# Renders the Rabat Process report and takes a screenshot of it in headless Chromium, so a person can look at
# the page as a reader would. Usage: scripts/check-report.sh [OUT_DIR]   (installs chromium when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out}
mkdir -p "$out"
if ! command -v chromium >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core
fi
swift build -c release --product partnet
.build/release/partnet report graphs/rabat-process.yaml -o "$out/rabat-process-report.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,4200 \
  --screenshot="$out/rabat-process-report.png" "file://$PWD/$out/rabat-process-report.html" 2>/dev/null
echo "wrote $out/rabat-process-report.html and $out/rabat-process-report.png"
