#!/usr/bin/env python3
"""Measures each extraction rule's precision on the development pages and writes the confidence table.

Usage: scripts/extract-calibrate.py [PAGES_DIR] [GOLD_DIR] [--partnet PATH] [--check | --rules RELATION,...]

Defaults: /work/pages/dev and Tests/PartnerExtractTests/Pages/dev. For every dialogue with a gold file, runs
`partnet extract PAGES/<dialogue>.jsonl --score GOLD/<dialogue>.yaml --by-rule -f json`, which counts for each rule
how many of its facts the gold holds; sums the counts over the dialogues; and writes them to
Sources/PartnerExtract/Evaluation/Generated/RuleConfidenceData.swift. A rule's confidence is its precision shrunk
toward its family's (the rules of the same relation): (matched + k * p) / (predicted + k), p = (M + 1) / (N + 2) over
the family (see RuleConfidence.swift). Each family's strength k is chosen from a grid as the one with the lowest Brier score of its facts
leave-one-dialogue-out (each dialogue's facts given confidences from the other dialogues' counts), and written into
the table. With --check, writes nothing and fails if the table differs.

A rule is usually written from one dialogue's pages, where it drafts many facts and is nearly always right; pooled
over facts, that dialogue would set the rule's precision, and the confidence would overstate how the rule does on
pages of other dialogues (the leave-one-dialogue-out calibration showed it). So each dialogue's counts of a rule are
capped: a dialogue where the rule drafts n > c facts, m of them right, counts as c facts, m c / n of them right; the
counts in the table are these weighted sums (fractions). The cap c is chosen from a grid, with each family's k, as
the one with the lowest Brier score leave-one-dialogue-out over all facts (a dialogue's facts scored unweighted).

It then prints the calibration: facts grouped in bands of predicted confidence, each band's mean predicted
confidence against the precision measured on the pages, twice: in-sample (the table from all dialogues) and
leave-one-dialogue-out (each dialogue's facts given the confidences measured on the other dialogues only), the
honest figure for pages the rules were not tuned on; and, leave-one-dialogue-out, the precision of the facts just
under the review threshold (DraftReview.threshold in Sources/PartnerGraph/Model/DraftReview.swift, the default of
`partnet extract --review-below`), from it to 0.9, and at or above it: facts at or above it are not listed for review,
so they should be right about as often as the 0.9 at which inferred hosts and chairs are drafted.

With --rules hosts,coChairs,presidency (any relations), writes nothing and prints instead, for each rule of those
relations, its facts right/drafted on each dialogue, and the dialogues where its precision falls below 0.9: a rule
must hold on every dialogue taken as unseen, not only pooled. Give another PAGES_DIR and GOLD_DIR (a new batch of
pages) to see how the rules do on pages they were not written for.
"""
import argparse
import json
import os
import subprocess
import sys

from partnet_build import partnet_default

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources/PartnerExtract/Evaluation/Generated/RuleConfidenceData.swift")
REVIEW = os.path.join(ROOT, "Sources/PartnerGraph/Model/DraftReview.swift")
BANDS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 0.95), (0.95, 1.01)]
STRENGTHS = [0.5, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256]
CAPS = [1, 2, 3, 5, 8, 13, 21, 34, None]  # None: no cap (counts pooled over facts)


def counts_for(partnet, pages, gold):
    command = [partnet, "extract", pages, "--score", gold, "--by-rule", "-f", "json"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"extract-calibrate: {' '.join(command)} failed:\n{result.stderr}")
    return {(row["relation"], row["rule"]): (row["matched"], row["predicted"]) for row in json.loads(result.stdout)}


FAMILIES = {}  # (id of a table, relation) -> (the table, its family precision); tables are not changed once built


def family(table, relation):
    """As RuleConfidence.family: (M + 1) / (N + 2) over the relation's rules; 0.5 for a relation never seen.

    The cache holds the table itself beside its value: an id is unique only while its object lives, and the tables
    of one cap are dropped before the next cap's are built, so a cache keyed by id alone handed a new table the
    value of a dead one at the same address (which address was reused varied with PYTHONHASHSEED, so the chosen cap
    and the written table changed from run to run)."""
    key = (id(table), relation)
    cached = FAMILIES.get(key)
    if cached is None or cached[0] is not table:
        pooled = [v for (r, _), v in table.items() if r == relation]
        value = (sum(m for m, _ in pooled) + 1) / (sum(p for _, p in pooled) + 2) if pooled else 0.5
        cached = FAMILIES[key] = (table, value)
    return cached[1]


def confidence(table, relation, rule, strengths):
    """As RuleConfidence.of: the rule's precision shrunk toward its family's, (m + k p) / (n + k); else p."""
    prior = family(table, relation)
    if (relation, rule) in table:
        matched, predicted = table[(relation, rule)]
        strength = strengths.get(relation, 1)
        return (matched + strength * prior) / (predicted + strength)
    return prior


def capped(per_dialogue, cap):
    """Each dialogue's counts of a rule, capped at `cap` facts (m c / n right of c), or unchanged for cap None."""
    if cap is None:
        return per_dialogue
    return {dialogue: {key: ((m * cap / n, cap) if n > cap else (m, n)) for key, (m, n) in counts.items()}
            for dialogue, counts in per_dialogue.items()}


def total(per_dialogue, leave_out=None):
    table = {}
    for dialogue, counts in per_dialogue.items():
        if dialogue == leave_out:
            continue
        for key, (matched, predicted) in counts.items():
            old = table.get(key, (0, 0))
            table[key] = (old[0] + matched, old[1] + predicted)
    return table


def left_out_tables(weighted):
    """The table without each dialogue in turn: the whole table minus that dialogue's counts."""
    whole = total(weighted)
    tables = {}
    for dialogue, counts in weighted.items():
        table = dict(whole)
        for key, (matched, predicted) in counts.items():
            old = table[key]
            rest = (old[0] - matched, old[1] - predicted)
            if rest[1] <= 1e-9:
                del table[key]
            else:
                table[key] = rest
        tables[dialogue] = table
    return tables


def brier(per_dialogue, tables, relation, strength):
    """Mean squared error of one family's confidences leave-one-dialogue-out, over its drafted facts (unweighted)."""
    loss, facts = 0.0, 0
    for dialogue, counts in per_dialogue.items():
        for (fact_relation, rule), (matched, predicted) in counts.items():
            if fact_relation != relation:
                continue
            value = confidence(tables[dialogue], relation, rule, {relation: strength})
            loss += matched * (1 - value) ** 2 + (predicted - matched) * value ** 2
            facts += predicted
    return loss, facts


def calibration(per_dialogue, weighted, leave_one_out, strength):
    bands = [[0.0, 0, 0] for _ in BANDS]  # sum of predicted confidence, facts, facts right
    tables = left_out_tables(weighted) if leave_one_out else None
    whole = total(weighted)
    for dialogue, counts in per_dialogue.items():
        table = tables[dialogue] if leave_one_out else whole
        for (relation, rule), (matched, predicted) in counts.items():
            value = confidence(table, relation, rule, strength)
            for index, (low, high) in enumerate(BANDS):
                if low <= value < high:
                    bands[index][0] += value * predicted
                    bands[index][1] += predicted
                    bands[index][2] += matched
    return bands


def review_threshold():
    """DraftReview.threshold, read from its Swift source: the confidence below which a fact is listed for review."""
    with open(REVIEW, encoding="utf-8") as handle:
        for line in handle:
            words = line.split()
            if words[:5] == ["public", "static", "let", "threshold", "="]:
                return float(words[5])
    sys.exit(f"extract-calibrate: no `public static let threshold = X` in {REVIEW}")


def threshold_bands(per_dialogue, weighted, strength, threshold):
    """Facts leave-one-dialogue-out just below the review threshold (0.05 under it), from it to 0.9, and at or above it:
    (facts, right) each."""
    tables = left_out_tables(weighted)
    ranges = [(threshold - 0.05, threshold), (threshold, 0.9), (threshold, 1.01)]
    counts = [[0, 0] for _ in ranges]
    for dialogue, dialogue_counts in per_dialogue.items():
        for (relation, rule), (matched, predicted) in dialogue_counts.items():
            value = confidence(tables[dialogue], relation, rule, strength)
            for index, (low, high) in enumerate(ranges):
                if low <= value < high:
                    counts[index][0] += predicted
                    counts[index][1] += matched
    return list(zip(ranges, counts))


def per_rule(per_dialogue, table, relations, weighted=None, strength=None):
    """Each rule of `relations`: pooled right/drafted, its confidence leave-one-dialogue-out, then per dialogue, then
    the dialogues under 0.9."""
    print("rule                                      right/drafted  without-top  LODO conf  per dialogue (right/drafted)  [under 0.9]")
    print("(without-top: precision over the dialogues other than the one where the rule drafts most, a proxy for pages")
    print(" it was not written from; LODO conf: the mean confidence its facts get from the other dialogues' counts, the")
    print(" figure that decides on unseen pages whether an inferred host or chair is drafted (>= 0.9) or set aside)")
    tables = left_out_tables(weighted) if weighted is not None else None
    for (relation, rule), (matched, predicted) in sorted(table.items(), key=lambda item: (item[0][0], -item[1][1])):
        if relation not in relations or predicted == 0:
            continue
        cells = [f"{d} {c[(relation, rule)][0]}/{c[(relation, rule)][1]}" for d, c in per_dialogue.items()
                 if c.get((relation, rule), (0, 0))[1]]
        weak = [d for d, c in per_dialogue.items() if c.get((relation, rule), (0, 0))[1]
                and c[(relation, rule)][0] < 0.9 * c[(relation, rule)][1]]
        top = max(per_dialogue, key=lambda d: per_dialogue[d].get((relation, rule), (0, 0))[1])
        rest = [per_dialogue[d].get((relation, rule), (0, 0)) for d in per_dialogue if d != top]
        rest_m, rest_p = sum(m for m, _ in rest), sum(p for _, p in rest)
        without = f"{rest_m}/{rest_p}" if rest_p else "-"
        lodo = "-"
        if tables is not None:
            values = [(confidence(tables[d], relation, rule, strength), c[(relation, rule)][1]) for d, c in per_dialogue.items()
                      if c.get((relation, rule), (0, 0))[1]]
            lodo = f"{sum(v * n for v, n in values) / sum(n for _, n in values):.2f}"
        print(f"{relation + ' ' + rule:<40} {matched:>5}/{predicted:<5}  {without:>9}  {lodo:>9}  {', '.join(cells)}  [{', '.join(weak)}]")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="?", default="/work/pages/dev")
    parser.add_argument("gold", nargs="?", default=os.path.join(ROOT, "Tests/PartnerExtractTests/Pages/dev"))
    parser.add_argument("--partnet")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--rules", help="relations (comma-separated) whose rules to show per dialogue; writes nothing")
    arguments = parser.parse_args()
    partnet = arguments.partnet or partnet_default("extract-calibrate")
    per_dialogue = {}
    for name in sorted(os.listdir(arguments.gold)):
        if name.endswith(".yaml"):
            dialogue = name[:-5]
            pages = os.path.join(arguments.pages, dialogue + ".jsonl")
            if os.path.exists(pages):
                per_dialogue[dialogue] = counts_for(partnet, pages, os.path.join(arguments.gold, name))
    relations = sorted({r for counts in per_dialogue.values() for r, _ in counts})
    # The cap on each dialogue's counts and each family's strength: the lowest Brier score leave-one-dialogue-out.
    choices = {}
    for cap in CAPS:
        weighted = capped(per_dialogue, cap)
        tables = left_out_tables(weighted)
        by_relation = {relation: {k: brier(per_dialogue, tables, relation, k) for k in STRENGTHS} for relation in relations}
        strength = {relation: min(STRENGTHS, key=lambda k: (by_k[k][0], k)) for relation, by_k in by_relation.items()}
        loss = sum(by_relation[relation][strength[relation]][0] for relation in relations)
        facts = sum(by_relation[relation][strength[relation]][1] for relation in relations)
        choices[cap] = (loss / facts if facts else 0.0, strength, by_relation)
    cap = min(CAPS, key=lambda c: (choices[c][0], -(c or 10 ** 9)))
    _, strength, by_relation = choices[cap]
    losses = {relation: {k: (loss / facts if facts else 0.0) for k, (loss, facts) in by_k.items()} for relation, by_k in by_relation.items()}
    weighted = capped(per_dialogue, cap)
    table = total(weighted)
    if arguments.rules:
        per_rule(per_dialogue, total(per_dialogue), set(arguments.rules.split(",")), weighted, strength)
        return

    def number(value):
        return f"{value:.4f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))

    lines = [f"cap\t{cap if cap is not None else 'none'}"]
    lines += [f"strength\t{relation}\t{k}" for relation, k in sorted(strength.items())]
    lines += [f"{relation}\t{rule}\t{number(matched)}\t{number(predicted)}" for (relation, rule), (matched, predicted) in sorted(table.items())]
    text = ("// Generated by scripts/extract-calibrate.py: do not edit.\n"
            "// Precision of each rule on the development pages (Tests/PartnerExtractTests/Pages/dev), shrunk toward its\n"
            "// relation's as (matched + k p) / (predicted + k), k each relation's strength chosen leave-one-dialogue-out.\n"
            "// One line per rule: relation, rule, matched, predicted, each dialogue's counts capped at `cap` facts.\n"
            "extension RuleConfidence {\n    static let table = #\"\"\"\n" + "\n".join(lines) + "\n\"\"\"#\n}\n")
    if arguments.check:
        if open(OUT, encoding="utf-8").read() != text:
            sys.exit("extract-calibrate: the confidence table is out of date; rerun scripts/extract-calibrate.py")
    else:
        with open(OUT, "w", encoding="utf-8") as out:
            out.write(text)
        print(f"{len(table)} rules from {len(per_dialogue)} dialogues -> {os.path.relpath(OUT, ROOT)}", file=sys.stderr)
    print("cap on each dialogue's facts of a rule, by the Brier score leave-one-dialogue-out over all facts (cap: score):")
    print("  " + " ".join(f"{c if c is not None else 'none'}:{choices[c][0]:.4f}" for c in CAPS) + f"  -> cap {cap}")
    print("strength k of each family (relation), chosen by the Brier score leave-one-dialogue-out (k: score):")
    for relation, by_k in losses.items():
        print(f"  {relation:<11} k = {strength[relation]:<4} " + " ".join(f"{k}:{by_k[k]:.4f}" for k in STRENGTHS))
    print()
    print("rule                                     matched/predicted  confidence")
    for (relation, rule), (matched, predicted) in sorted(table.items(), key=lambda item: -item[1][1]):
        print(f"{relation + ' ' + rule:<40} {number(matched):>8}/{number(predicted):<10} {confidence(table, relation, rule, strength):.2f}")
    for title, leave_one_out in (("in-sample", False), ("leave-one-dialogue-out", True)):
        print(f"\ncalibration, {title}: band, facts, mean predicted confidence, measured precision")
        for (low, high), (confidence_sum, facts, right) in zip(BANDS, calibration(per_dialogue, weighted, leave_one_out, strength)):
            if facts:
                print(f"  [{low:.2f}, {min(high, 1):.2f}) {facts:>5}   {confidence_sum / facts:.2f}   {right / facts:.2f}")
    threshold = review_threshold()
    print(f"\nreview threshold {threshold:g} (DraftReview.threshold), leave-one-dialogue-out: range, facts, measured precision")
    for (low, high), (facts, right) in threshold_bands(per_dialogue, weighted, strength, threshold):
        if facts:
            print(f"  [{low:.2f}, {min(high, 1):.2f}) {facts:>5}   {right / facts:.2f}")


if __name__ == "__main__":
    main()
