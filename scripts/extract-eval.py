#!/usr/bin/env python3
"""Scores `partnet extract` on a folder of pages against a folder of hand-read gold networks.

Usage: scripts/extract-eval.py PAGES_DIR GOLD_DIR [--partnet PATH] [--min-confidence X] [--json]

PAGES_DIR holds one JSON-lines file per dialogue, <dialogue>.jsonl, one page a line:
    {"url": "https://...", "text": "...", "date": "YYYY-MM-DD"}   (date: the page's own date, when known)
GOLD_DIR holds one network file per dialogue, <dialogue>.yaml, in the project's network format (README, "Input
formats"): every meeting and every edge has `source: URL` naming the page it was read from; participants a page
says were not there are the custom role `absent` (`roles: {absent: [X]}`).

Each dialogue's pages are extracted together and scored against its gold with `partnet extract --score -f json`;
the pooled line sums matched, predicted and gold over the dialogues (micro-averaged). The figures are those of
issue 19: meeting recall, hosts P/R, co-chairs and chairs P/R, organisations present recall, countries named as
taking part recall, and negated participants drafted as present (a count; 0 is right).

Before scoring, every gold file is checked: each meeting and each role edge must name a source URL that is one of
the dialogue's pages (a gold fact must come from a page that is scored).
"""
import argparse
import json
import os
import subprocess
import sys

import yaml

FIGURES = ["meetings", "hosts", "coChairs", "chairs", "coChairsAndChairs", "attends", "organisationsPresent",
           "countriesPresent", "absentDraftedPresent"]


def partnet_default():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for build in ("release", "debug"):
        path = os.path.join(root, ".build", build, "partnet")
        if os.path.exists(path):
            return path
    sys.exit("extract-eval: no partnet build found; run `swift build -c release` or give --partnet PATH")


def page_urls(pages_path):
    urls = set()
    with open(pages_path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                sys.exit(f"{pages_path}:{number}: not a JSON object ({error})")
            if not isinstance(record.get("url"), str) or not isinstance(record.get("text"), str):
                sys.exit(f"{pages_path}:{number}: a page needs \"url\" and \"text\" strings")
            urls.add(record["url"])
    return urls


def check_gold(gold_path, urls):
    """Every meeting and role edge of the gold names one of the scored pages as its source."""
    with open(gold_path, encoding="utf-8") as handle:
        gold = yaml.safe_load(handle)
    problems = []
    for meeting in gold.get("meetings") or []:
        where = f"{gold_path}: meeting {meeting.get('id')}"
        if meeting.get("source") not in urls:
            problems.append(f"{where}: source {meeting.get('source')!r} is not a page of the dialogue")
        edges = [(relation, item) for relation in ("hosts", "coChairs", "attends", "organises")
                 for item in meeting.get(relation) or []]
        edges += [(relation, item) for relation, items in (meeting.get("roles") or {}).items() for item in items]
        for relation, item in edges:
            source = item.get("source") if isinstance(item, dict) else None
            if source not in urls:
                problems.append(f"{where}: {relation} {item!r} has no source among the dialogue's pages")
    for tie in gold.get("ties") or []:
        if tie.get("source") not in urls:
            problems.append(f"{gold_path}: tie {tie.get('from')} {tie.get('relation')} {tie.get('to')}: source {tie.get('source')!r} is not a page of the dialogue")
    return problems


def score(partnet, pages_path, gold_path, min_confidence):
    command = [partnet, "extract", pages_path, "--score", gold_path, "-f", "json"]
    if min_confidence is not None:
        command += ["--min-confidence", str(min_confidence)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"extract-eval: {' '.join(command)} failed:\n{result.stderr}")
    rows = {row["fact"]: row for row in json.loads(result.stdout)}
    return {name: (rows[name]["matched"], rows[name]["predicted"], rows[name]["gold"]) for name in FIGURES}


def ratio(numerator, denominator):
    return "  -  " if denominator == 0 else f"{numerator / denominator:.2f}"


def line(name, counts):
    m = counts
    return (f"{name:<14} {m['meetings'][0]:>3}/{m['meetings'][2]:<3} {ratio(*m['meetings'][0::2]):>5}"
            f"  {ratio(m['hosts'][0], m['hosts'][1]):>5} {ratio(m['hosts'][0], m['hosts'][2]):>5}"
            f"  {ratio(m['coChairsAndChairs'][0], m['coChairsAndChairs'][1]):>5} {ratio(m['coChairsAndChairs'][0], m['coChairsAndChairs'][2]):>5}"
            f"  {ratio(m['organisationsPresent'][0], m['organisationsPresent'][2]):>5}"
            f"  {ratio(m['countriesPresent'][0], m['countriesPresent'][2]):>5}"
            f"  {m['absentDraftedPresent'][0]:>3}/{m['absentDraftedPresent'][2]:<3}"
            f"  {ratio(m['meetings'][0], m['meetings'][1]):>5}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages")
    parser.add_argument("gold")
    parser.add_argument("--partnet", default=None, help="the partnet binary (default: .build/release, else .build/debug)")
    parser.add_argument("--min-confidence", type=float, default=None, help="passed to partnet extract")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON instead of a table")
    arguments = parser.parse_args()
    partnet = arguments.partnet or partnet_default()
    dialogues = sorted(name[:-5] for name in os.listdir(arguments.gold) if name.endswith(".yaml"))
    if not dialogues:
        sys.exit(f"extract-eval: no <dialogue>.yaml in {arguments.gold}")
    results, problems = {}, []
    for dialogue in dialogues:
        pages_path = os.path.join(arguments.pages, dialogue + ".jsonl")
        gold_path = os.path.join(arguments.gold, dialogue + ".yaml")
        if not os.path.exists(pages_path):
            problems.append(f"{gold_path}: no pages file {pages_path}")
            continue
        problems += check_gold(gold_path, page_urls(pages_path))
        results[dialogue] = score(partnet, pages_path, gold_path, arguments.min_confidence)
    if problems:
        sys.exit("extract-eval: the gold does not fit the pages:\n" + "\n".join(problems))
    pooled = {name: tuple(sum(result[name][i] for result in results.values()) for i in range(3)) for name in FIGURES}
    if arguments.json:
        print(json.dumps({"dialogues": results, "pooled": pooled}, indent=2))
        return
    print("columns: meetings found (matched/gold, recall); hosts P R; co-chairs and chairs P R; organisations present R;")
    print("countries taking part R; negated participants drafted as present (count/absences in gold); meeting precision")
    print(f"{'dialogue':<14} {'meetings':<13}  {'hosts P/R':<11}  {'(co)chairs':<11}  {'orgs':>5}  {'ctry':>5}  {'neg':<7}  {'mtgP':>5}")
    for dialogue, result in results.items():
        print(line(dialogue[:14], result))
    print(line("POOLED", pooled))


if __name__ == "__main__":
    main()
