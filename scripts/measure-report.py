#!/usr/bin/env python3
"""Times the interactive report in headless Chromium: page size, bytes per edge, and the time from navigation
to the page's `data-ready` mark (its script has run: drawing found, labels placed, view restored), at 1280 and
390 px, with screenshots of the drawing.

Usage: python3 scripts/measure-report.py [--partnet PATH] [--nodes 2000] [--rabat] [--shots DIR] [--runs 3]

--nodes N writes a Barabási-Albert network of N nodes (5 links per new node, seed 7, through NetworkX) as an
edge list, like the benchmark's uni-* files, and reports it; --rabat measures graphs/rabat-process.yaml.
Prints one line per page and width: medians over --runs fresh loads. Run `uptime` beside it: the machine's
load changes the times.
"""
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
    import networkx
    graph = networkx.barabasi_albert_graph(nodes, 5, seed=7)
    path = os.path.join(directory, f"ba-{nodes}.tsv")
    with open(path, "w", encoding="ascii") as handle:
        for u, v in graph.edges():
            handle.write(f"n{u}\tn{v}\n")
    return path, graph.number_of_edges()


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
        driver.execute_script("var v = document.getElementById('explore'); if (v) v.scrollIntoView()")
        driver.save_screenshot(shot)
        return times
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--partnet", default=os.path.join(ROOT, ".build", "debug", "partnet"))
    parser.add_argument("--nodes", type=int, action="append", default=[])
    parser.add_argument("--rabat", action="store_true")
    parser.add_argument("--shots", default=os.path.join(ROOT, "out", "report-timing"))
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    os.makedirs(arguments.shots, exist_ok=True)
    directory = tempfile.mkdtemp(prefix="report-timing-")
    inputs = []
    if arguments.rabat:
        inputs.append(("rabat", os.path.join(ROOT, "graphs", "rabat-process.yaml"), None))
    for nodes in arguments.nodes:
        path, edges = barabasi_albert(nodes, directory)
        inputs.append((f"ba-{nodes}", path, edges))
    for name, source, edges in inputs:
        output = os.path.join(directory, f"{name}.html")
        start = time.monotonic()
        subprocess.run([arguments.partnet, "report", source, "-o", output], check=True, capture_output=True)
        written = time.monotonic() - start
        size = os.path.getsize(output)
        per_edge = f", {size / edges:.0f} bytes per edge" if edges else ""
        print(f"{name}: report written in {written:.1f} s, {size:,} bytes{per_edge}")
        for width, height in [(1280, 900), (390, 844)]:
            times = measure(output, width, height, arguments.runs, os.path.join(arguments.shots, f"{name}-{width}.png"))
            print(f"  {width} px: ready after {statistics.median(times):.0f} ms (median of {len(times)}: "
                  + ", ".join(f"{t:.0f}" for t in times) + ")")


if __name__ == "__main__":
    main()
