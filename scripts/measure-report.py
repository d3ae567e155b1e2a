#!/usr/bin/env python3
"""Times the interactive report in headless Chromium: `partnet report` end to end, page size, bytes per edge
(beside the drawing data), the time from navigation to the page's `data-ready` mark (its script has run: drawing
found or laid out, labels placed, view restored), and on a canvas page the frame time while panning, at 1280 and
390 px, with screenshots of the drawing (at Fit, and on a canvas page after drilling into the largest community).

Usage: python3 scripts/measure-report.py [--partnet PATH] [--nodes 2000] [--file PATH] [--affiliation PATH] [--rabat] [--shots DIR] [--runs 3]
                                        [--check]

--nodes N writes a Barabási-Albert network of N nodes (5 links per new node, seed 7: the browser test's
large_network.py, shaped like the benchmark's uni-M) as an edge list and reports it; --file reports any network
file (e.g. ~/partnet-bench/uni-M.tsv); --affiliation reports an affiliation list (actor, meeting, role: e.g.
~/partnet-bench/affil-M.tsv, given to the tool with --input affiliation);
--rabat measures graphs/rabat-process.yaml. Prints one line per page and width: medians over --runs fresh loads, and
the panning figures of each load (frame time median and 95th percentile, and how many frames drew the whole
drawing at once). --check exits 1 when a panning median or 95th percentile reaches 50 ms. It prints the load
average before each page: the machine's load changes the times.
"""
import json
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "Tests", "PartnerReportTests", "Browser"))
import test_report  # noqa: E402  (the browser set-up the tests use)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def barabasi_albert(nodes, directory):
    import large_network
    path = os.path.join(directory, f"ba-{nodes}.tsv")
    edges, _ = large_network.write_edge_list(path, nodes=nodes)
    return path, edges


def drawing_bytes(output):
    """The size of the page data's `canvas` block (positions and communities), as the page holds it."""
    with open(output, encoding="utf-8") as handle:
        page = handle.read()
    opening = '<script type="application/json" id="report-data">'
    start = page.index(opening) + len(opening)
    data = json.loads(page[start:page.index("</script>", start)])
    return len(json.dumps(data["canvas"], separators=(",", ":")).encode("utf-8")) if "canvas" in data else 0, len(data["edges"]["from"])


def measure(path, width, height, runs, shot):
    driver = test_report.browser(width, height)
    try:
        times = []
        for _ in range(runs):
            driver.get("about:blank")
            driver.get("file://" + path)
            test_report.WebDriverWait(driver, 120).until(
                lambda d: d.execute_script("return document.documentElement.getAttribute('data-ready')") == "true")
            times.append(driver.execute_script(
                "return performance.getEntriesByName('report-ready')[0].startTime"))
        driver.execute_script("var v = document.getElementById('diagram-view'); if (v) v.scrollIntoView({block: 'end'})")
        driver.execute_async_script(test_report.NEXT_FRAME)
        driver.save_screenshot(shot)
        pans = []
        if driver.execute_script("var v = document.getElementById('diagram-view'); return !!(v && v.drawing)"):
            driver.set_script_timeout(60)
            for run in range(runs):
                if run:
                    driver.get("about:blank")
                    driver.get("file://" + path)
                    test_report.WebDriverWait(driver, 120).until(
                        lambda d: d.execute_script("return document.documentElement.getAttribute('data-ready')") == "true")
                    driver.execute_script("document.getElementById('diagram-view').scrollIntoView({block: 'end'})")
                    driver.execute_async_script(test_report.NEXT_FRAME)
                pans.append(("at Fit", driver.execute_async_script(test_report.PAN_SCRIPT)))
                driver.execute_script("document.getElementById('zoom-fit').click()")
                driver.execute_async_script(test_report.NEXT_FRAME)
                if driver.execute_script("return document.getElementById('diagram-view').getAttribute('data-mode')") == "communities":
                    driver.execute_script("var v = document.getElementById('diagram-view'), r = v.getBoundingClientRect(), s = v.drawing.spots[0];"
                                          "v.dispatchEvent(new MouseEvent('click', {clientX: r.left + s.x, clientY: r.top + s.y, bubbles: true}))")
                    driver.execute_async_script(test_report.NEXT_FRAME)
                    if not run:
                        driver.save_screenshot(shot.replace(".png", "-drilled.png"))
                    pans.append(("in the largest community", driver.execute_async_script(test_report.PAN_SCRIPT)))
        return times, pans
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--partnet", default=os.path.join(ROOT, ".build", "debug", "partnet"))
    parser.add_argument("--nodes", type=int, action="append", default=[])
    parser.add_argument("--file", action="append", default=[])
    parser.add_argument("--affiliation", action="append", default=[])
    parser.add_argument("--rabat", action="store_true")
    parser.add_argument("--shots", default=os.path.join(ROOT, "out", "report-timing"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--check", action="store_true", help="exit 1 when a panning median or 95th percentile reaches 50 ms")
    arguments = parser.parse_args()
    slow = []
    os.makedirs(arguments.shots, exist_ok=True)
    directory = tempfile.mkdtemp(prefix="report-timing-")
    inputs = []
    if arguments.rabat:
        inputs.append(("rabat", os.path.join(ROOT, "graphs", "rabat-process.yaml"), []))
    for nodes in arguments.nodes:
        path, _ = barabasi_albert(nodes, directory)
        inputs.append((f"ba-{nodes}", path, []))
    for path in arguments.file:
        inputs.append((os.path.splitext(os.path.basename(path))[0], os.path.abspath(os.path.expanduser(path)), []))
    for path in arguments.affiliation:
        inputs.append((os.path.splitext(os.path.basename(path))[0], os.path.abspath(os.path.expanduser(path)), ["--input", "affiliation"]))
    for name, source, kind in inputs:
        output = os.path.join(directory, f"{name}.html")
        print(f"{name}: load average {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
        start = time.monotonic()
        subprocess.run([arguments.partnet, "report", source, "-o", output, *kind], check=True, capture_output=True)
        written = time.monotonic() - start
        size = os.path.getsize(output)
        drawing, edges = drawing_bytes(output)
        per_edge = f", {(size - drawing) / edges:.1f} bytes per edge besides {drawing:,} bytes of drawing data" if edges else ""
        print(f"{name}: report written in {written:.1f} s, {size:,} bytes{per_edge}")
        for width, height in [(1280, 900), (390, 844)]:
            times, pans = measure(output, width, height, arguments.runs, os.path.join(arguments.shots, f"{name}-{width}.png"))
            print(f"  {width} px: ready after {statistics.median(times):.0f} ms (median of {len(times)}: "
                  + ", ".join(f"{t:.0f}" for t in times) + ")")
            for where, pan in pans:
                median, p95 = test_report.percentile(pan["frames"], 0.5), test_report.percentile(pan["frames"], 0.95)
                print(f"    panning {where} ({pan['mode']}): frame time median {median:.1f} ms, 95th percentile {p95:.1f} ms, "
                      f"longest {max(pan['frames']):.1f} ms, drawing median {test_report.percentile(pan['draws'], 0.5):.1f} ms, "
                      f"{pan['atOnce']} whole drawings in {len(pan['frames'])} frames")
                if median >= 50 or p95 >= 50:
                    slow.append(f"{name} {width} px {where}")
    if arguments.check and slow:
        sys.exit("panning frame time of 50 ms or more: " + "; ".join(slow))


if __name__ == "__main__":
    main()
