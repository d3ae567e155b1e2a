#!/usr/bin/env bash
# Writes the Rabat Process report, drives it in headless Chromium (the browser test: search, year slider, clicks,
# phone width) and leaves screenshots at 1280 and 390 px, so a person can look at the page as a reader would.
# Usage: scripts/check-report.sh [OUT_DIR]   (installs chromium, chromium-driver and selenium when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out}
mkdir -p "$out"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-dejavu-core
fi
python3 -c 'import selenium, yaml' 2>/dev/null || pip install --quiet selenium pyyaml
swift build -c release --product partnet
.build/release/partnet report graphs/rabat-process.yaml -o "$out/rabat-process-report.html"
python3 Tests/PartnerReportTests/Browser/test_report.py --partnet .build/release/partnet --shots "$out"
echo "wrote $out/rabat-process-report.html, $out/report-1280.png and $out/report-390.png"
