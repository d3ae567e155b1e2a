#!/usr/bin/env python3
"""Fits a scored choice among each page's candidate meetings and judges it leave-one-dialogue-out against the rules.

Usage: scripts/extract-candidates.py PAGES_DIR GOLD_DIR [--partnet PATH] [--dump DIR] [--reuse] [--show N]
       [--dialogues a,b,...] [--date-choice] [--page-veto LOW,HIGH] [--json]

PAGES_DIR and GOLD_DIR are as for scripts/extract-eval.py (one <dialogue>.jsonl of pages and one <dialogue>.yaml of
gold per dialogue). Use the development split only.

1. Dump. Each dialogue's pages are extracted with the hidden option `partnet extract --candidates FILE --score GOLD -f
   json`: FILE gets, one JSON object a line, every candidate meeting of every page (`origin: sentence`: each date of a
   sentence with each place the sentence names, or the place its paragraph, the page's title or its dateline gives;
   `origin: draft`: each meeting the rules drafted or set aside), with numeric features that describe where and how
   the page says it (documented in Sources/PartnerExtract/Assembly/MeetingCandidates.swift), then the gold's meetings
   (`kind: gold`: start, the city's key as the scorer compares places, country, pages). The score printed on stdout is
   the rules' own figure, kept for reference.
2. Candidates. The lines of one page with the same start and place (city key, else country) are one candidate; its
   features are the largest of its lines' (the smallest for distances), plus `mentions` (how many lines), `pagesAgree`
   (how many other pages of the dialogue give the same start and place), `venueShare` (the share of the dialogue's
   pages that name the city), `datesOnPage`, `firstDated` (the page's first dated candidate), and `ruleDrafted` /
   `ruleSetAside` (a rule drafted it today / set it aside).
3. Labels. A candidate is right when a gold meeting of its dialogue has its start and place as the scorer matches them
   (`ExtractionScore.sameDateAndPlace`: the gold's city, else its country, else any place; an undated gold meeting only
   from one of its pages).
4. Judging. For a set of chosen candidates, the distinct meetings (start and place; undated ones per page) are matched
   one to one with the gold's: meetings found = matched / gold, precision = matched / chosen. The rules are judged the
   same way on the same candidates (those a rule drafted), and their official figure (`extract --score`) is shown
   beside. The model is a logistic regression (numpy, L2, Newton's method); its threshold is the one with the best F1
   of found and precision on the dialogues it was fitted on. Leave-one-dialogue-out: each dialogue is scored by a model
   fitted on all the others. The weights of the model fitted on every dialogue are printed, and `--show N` lists up to N
   candidates where the held-out model and the rules disagree.
5. The date alone. `--date-choice` asks where the rules pick among several dates: on each page that gives two or more
   candidate dates and one dated gold meeting that a candidate reaches, whether the rules drafted the gold's date (alone
   or beside others) and whether the held-out model's best date is it. `--page-veto LOW,HIGH` judges the model as a
   check on the rules only: a rule's dated draft is dropped when its held-out probability is under LOW while another
   dated draft of its page reaches HIGH. (Session 17 on dev: the rules drafted the right date on 151 of 164 such pages,
   the model's best date was right on 160, every gain a page where the rules drafted no dated meeting, at probabilities
   no threshold keeps; 150 without the rules' own features. The veto at 0.5/0.8 drops 11 wrong drafts and 1 right one,
   8 of the wrong ones merged away by the assembler anyway.)
"""
import argparse
import json
import math
import os
import subprocess
import sys

from partnet_build import partnet_default

import numpy as np

RULE_FAMILIES = {"header-line": "list", "title-date-block": "list", "date-location-lines": "list", "date-range-line": "list", "several-meetings": "list",
                 "page-subject": "frame", "meeting-words": "meetingWords", "held-date-place": "gathering",
                 "held-place-unpinned-day": "gathering", "date-place-role": "gathering", "reference-after-date": "reference"}
SOURCES = ["sentence", "paragraph", "title", "dateline", "page", "none", "draft"]
MIN_FEATURES = ("distMeeting", "distGather", "distPlace", "placeGap", "sentenceIndex", "paragraph", "yearsFromPage")


def dump(partnet, pages, gold, target, reuse):
    """The dump of one dialogue (candidates, gold meetings) and the rules' official meeting counts."""
    score_path = target + ".score.json"
    if not (reuse and os.path.exists(target) and os.path.exists(score_path)):
        command = [partnet, "extract", pages, "--score", gold, "-f", "json", "--candidates", target]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"extract-candidates: {' '.join(command)} failed:\n{result.stderr}")
        with open(score_path, "w", encoding="utf-8") as handle:
            handle.write(result.stdout)
    with open(score_path, encoding="utf-8") as handle:
        rows = {row["fact"]: row for row in json.load(handle)}
    official = (rows["meetings"]["matched"], rows["meetings"]["predicted"], rows["meetings"]["gold"])
    candidates, golds = [], []
    with open(target, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            record = json.loads(line)
            (golds if record.get("kind") == "gold" else candidates).append(record)
    return candidates, golds, official


def place_key(record):
    if record.get("cityKey"):
        return "c:" + record["cityKey"]
    if record.get("country"):
        return "n:" + record["country"]
    return ""


def group(dialogue, records):
    """One candidate per page, start and place, with its aggregated features (see the module's discussion)."""
    pages = sorted({r["page"] for r in records})
    groups = {}
    for record in records:
        key = (record["page"], record.get("start"), place_key(record))
        entry = groups.setdefault(key, {"dialogue": dialogue, "page": record["page"], "start": record.get("start"),
                                        "cityKey": record.get("cityKey"), "country": record.get("country"),
                                        "city": record.get("city"), "records": []})
        entry["country"] = entry["country"] or record.get("country")
        entry["records"].append(record)
    city_pages = {}
    key_pages = {}
    for (page, start, place), entry in groups.items():
        if entry["cityKey"]:
            city_pages.setdefault(entry["cityKey"], set()).add(page)
        if start is not None and place:
            key_pages.setdefault((start, place), set()).add(page)
    dated_on_page = {}
    first_dated = {}
    for (page, start, place), entry in groups.items():
        if start is not None:
            dated_on_page.setdefault(page, set()).add(start)
            lines = [r["sentence"] for r in entry["records"] if r["origin"] == "sentence"]
            if lines:
                first_dated[page] = min(first_dated.get(page, 10 ** 9), min(lines))
    result = []
    for (page, start, place), entry in groups.items():
        features = {}
        for record in entry["records"]:
            for name, value in record["features"].items():
                if name in MIN_FEATURES:
                    features[name] = min(features.get(name, value), value)
                else:
                    features[name] = max(features.get(name, value), value)
        lines = [r for r in entry["records"] if r["origin"] == "sentence"]
        drafts = [r for r in entry["records"] if r["origin"] == "draft"]
        features["mentions"] = math.log1p(len(lines))
        features["ruleDrafted"] = 1.0 if any(not r["setAside"] for r in drafts) else 0.0
        features["ruleSetAside"] = 1.0 if drafts and all(r["setAside"] for r in drafts) else 0.0
        features["pagesAgree"] = math.log1p(len(key_pages.get((start, place), {page})) - 1) if start and place else 0.0
        features["venueShare"] = len(city_pages.get(entry["cityKey"], ())) / len(pages) if entry["cityKey"] else 0.0
        features["datesOnPage"] = math.log1p(len(dated_on_page.get(page, ())))
        features["firstDated"] = 1.0 if lines and min(r["sentence"] for r in lines) == first_dated.get(page) else 0.0
        features["undated"] = 1.0 if start is None else 0.0
        for family in sorted(set(RULE_FAMILIES.values())) + ["other"]:
            features["rule:" + family] = 1.0 if any(RULE_FAMILIES.get(r["rule"], "other") == family
                                                    for r in drafts if not r["setAside"]) else 0.0
        best = min((SOURCES.index(r["placeSource"]) for r in entry["records"]), default=len(SOURCES) - 1)
        for index, source in enumerate(SOURCES):
            features["place:" + source] = 1.0 if best == index else 0.0
        entry["features"] = features
        entry["rules"] = [r["rule"] for r in drafts if not r["setAside"]]
        del entry["records"]
        result.append(entry)
    return result


def same_meeting(candidate, gold):
    """ExtractionScore.sameDateAndPlace, with the page condition for an undated gold meeting."""
    if candidate["start"] != gold.get("start"):
        return False
    if gold.get("start") is None and gold.get("pages") and candidate["page"] not in gold["pages"]:
        return False
    if gold.get("cityKey"):
        return candidate["cityKey"] == gold["cityKey"]
    if gold.get("country"):
        return candidate["country"] == gold["country"]
    return True


def label(candidates, golds):
    for candidate in candidates:
        candidate["label"] = 1 if any(same_meeting(candidate, g) for g in golds) else 0


def absorbed(meeting, other):
    """Whether the assembler would merge `meeting` into `other` (MeetingMerger.mayMerge, roughly): the same place, and
    no date or a coarser date that contains the other's (a month, a year)."""
    if meeting is other or other["start"] is None:
        return False
    if meeting["cityKey"] or other["cityKey"]:
        if meeting["cityKey"] != other["cityKey"]:
            return False
    elif meeting["country"] != other["country"]:
        return False
    if meeting["page"] != other["page"]:
        return False
    if meeting["start"] is None:
        return meeting["cityKey"] is not None
    return len(meeting["start"]) < len(other["start"]) and other["start"].startswith(meeting["start"])


def judge(chosen, golds, merging=True):
    """(found, chosen meetings, gold meetings): the chosen candidates as distinct meetings (one per start and place; a
    meeting without a date or with a coarser one merged into a chosen one it may be, as the assembler merges), matched
    one to one with the gold's."""
    distinct = {}
    for candidate in chosen:
        key = (candidate["start"], candidate["cityKey"] or "", candidate["country"] or "",
               candidate["page"] if candidate["start"] is None else "")
        distinct.setdefault(key, candidate)
    kept = list(distinct.values())
    meetings = [m for m in kept if not merging or not any(absorbed(m, o) for o in kept)]
    options = [[g for g, gold in enumerate(golds) if same_meeting(m, gold)] for m in meetings]
    owner = {}

    def augment(m, seen):
        for g in options[m]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = m
                return True
        return False

    found = sum(1 for m in range(len(options)) if augment(m, set()))
    return found, len(meetings), len(golds)


def matrix(candidates, names):
    x = np.array([[c["features"].get(n, 0.0) for n in names] for c in candidates], dtype=float)
    return np.hstack([np.ones((len(candidates), 1)), x])


def fit(x, y, penalty=1.0):
    """Logistic regression by Newton's method with an L2 penalty (not on the intercept)."""
    w = np.zeros(x.shape[1])
    ridge = penalty * np.eye(x.shape[1])
    ridge[0, 0] = 0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + ridge @ w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + ridge + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-7:
            break
    return w


def predict(w, x):
    return 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))


def f1(found, chosen, gold):
    precision = found / chosen if chosen else 1.0
    recall = found / gold if gold else 1.0
    return 0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def choose(candidates, probabilities, threshold):
    """The candidates at or above the threshold: one number, or (for the rules' drafts, for the others)."""
    ruled, other = threshold if isinstance(threshold, tuple) else (threshold, threshold)
    return [c for c, p in zip(candidates, probabilities) if p >= (ruled if c["features"]["ruleDrafted"] else other)]


def thresholds(veto):
    """One threshold for every candidate; with `veto`, a low one for the rules' drafts and a high one for the others."""
    steps = [round(float(t), 2) for t in np.arange(0.05, 0.96, 0.05)]
    if not veto:
        return steps
    return [(low, high) for low in steps if low <= 0.5 for high in steps if high >= 0.5]


def best_threshold(by_dialogue, probabilities, golds, veto=False):
    """The threshold with the best F1 of pooled found and precision over the dialogues given."""
    best = (-1, 0.5)
    for threshold in thresholds(veto):
        found = chosen = total = 0
        for dialogue, candidates in by_dialogue.items():
            a, b, c = judge(choose(candidates, probabilities[dialogue], threshold), golds[dialogue])
            found, chosen, total = found + a, chosen + b, total + c
        score = f1(found, chosen, total)
        if score > best[0] + 1e-12:
            best = (score, threshold)
    return best[1]


def date_choice(names, by_dialogue, golds, held_out):
    """The rules against the held-out model where a page offers several dates for its one dated gold meeting."""
    counts = {"pages": 0, "rules right": 0, "rules right alone": 0, "rules undated": 0, "model right": 0,
              "model only": 0, "rules only": 0}
    for d in names:
        pages = {}
        for c, q in zip(by_dialogue[d], held_out[d]):
            pages.setdefault(c["page"], []).append((c, q))
        for page, entries in pages.items():
            dated = [g for g in golds[d] if g.get("start") and page in g.get("pages", [])]
            dates = {c["start"] for c, _ in entries if c["start"]}
            if len(dated) != 1 or len(dates) < 2 or dated[0]["start"] not in dates:
                continue
            ruled = {c["start"] for c, _ in entries if c["features"]["ruleDrafted"] and c["start"]}
            best = {}
            for c, q in entries:
                if c["start"]:
                    best[c["start"]] = max(best.get(c["start"], 0.0), q)
            rules = dated[0]["start"] in ruled
            model = max(best, key=best.get) == dated[0]["start"]
            counts["pages"] += 1
            counts["rules right"] += rules
            counts["rules right alone"] += ruled == {dated[0]["start"]}
            counts["rules undated"] += not ruled
            counts["model right"] += model
            counts["model only"] += model and not rules
            counts["rules only"] += rules and not model
    print("\ndate choice on pages with two or more candidate dates and one dated gold meeting a candidate reaches: "
          + ", ".join(f"{k} {v}" for k, v in counts.items()))


def page_veto(names, by_dialogue, golds, held_out, low, high):
    """The rules' drafts less those the held-out model scores under `low` beside a draft of their page at `high` or more."""
    before = [0, 0, 0]
    after = [0, 0, 0]
    dropped = []
    for d in names:
        top = {}
        for c, q in zip(by_dialogue[d], held_out[d]):
            if c["features"]["ruleDrafted"] and c["start"]:
                top[c["page"]] = max(top.get(c["page"], 0.0), q)
        ruled = [c for c in by_dialogue[d] if c["features"]["ruleDrafted"]]
        kept = [c for c, q in zip(by_dialogue[d], held_out[d]) if c["features"]["ruleDrafted"]
                and not (c["start"] and q < low and top.get(c["page"], 0.0) >= high)]
        dropped += [(d, c["start"], c["city"] or c["country"] or "-", c["label"]) for c in ruled if c not in kept]
        before = [a + b for a, b in zip(before, judge(ruled, golds[d]))]
        after = [a + b for a, b in zip(after, judge(kept, golds[d]))]
    print(f"\npage veto under {low} beside {high}: rules {before[0]}/{before[2]} of {before[1]} chosen, "
          f"with the veto {after[0]}/{after[2]} of {after[1]}; dropped {len(dropped)} "
          f"({sum(1 for x in dropped if x[3])} matching a gold meeting):")
    for d, start, place, right in dropped:
        print(f"  {'right' if right else 'wrong'} {d}: {start} {place}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages")
    parser.add_argument("gold")
    parser.add_argument("--partnet", default=None)
    parser.add_argument("--dump", default="/tmp/extract-candidates", help="folder for the dumps (default %(default)s)")
    parser.add_argument("--reuse", action="store_true", help="reuse the dumps already in --dump")
    parser.add_argument("--dialogues", default=None, help="comma-separated dialogues to use (default: every one with gold)")
    parser.add_argument("--penalty", type=float, default=1.0)
    parser.add_argument("--show", type=int, default=0, help="list up to N candidates where the model and the rules disagree")
    parser.add_argument("--without-rules", action="store_true",
                        help="fit without the features that say what the rules did (ruleDrafted, ruleSetAside, rule:*)")
    parser.add_argument("--uncovered", action="store_true",
                        help="list the gold meetings no candidate matches, with the nearest candidate of their page")
    parser.add_argument("--two-stage", action="store_true",
                        help="a second model that adds how each candidate stands among its page's (best, margin, rank)")
    parser.add_argument("--veto", action="store_true",
                        help="two thresholds: a low one under which a rule's draft is dropped, a high one over which "
                             "a candidate no rule drafted is added")
    parser.add_argument("--curve", action="store_true",
                        help="also print the pooled held-out figures at fixed thresholds (each fold's own weights)")
    parser.add_argument("--date-choice", action="store_true",
                        help="also judge the choice of a page's date where it has one: on each page that gives two or more "
                             "candidate dates and one dated gold meeting some candidate reaches, whether the rules drafted "
                             "its date and whether the held-out model's best date is it")
    parser.add_argument("--page-veto", default=None, metavar="LOW,HIGH",
                        help="also judge dropping a rule's dated draft whose held-out probability is under LOW while "
                             "another dated draft of its page reaches HIGH")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    partnet = args.partnet or partnet_default("extract-candidates")
    os.makedirs(args.dump, exist_ok=True)
    names = sorted(f[:-5] for f in os.listdir(args.gold) if f.endswith(".yaml")
                   and os.path.exists(os.path.join(args.pages, f[:-5] + ".jsonl")))
    if args.dialogues:
        names = [n for n in names if n in set(args.dialogues.split(","))]
    by_dialogue, golds, official = {}, {}, {}
    for name in names:
        records, gold, counts = dump(partnet, os.path.join(args.pages, name + ".jsonl"), os.path.join(args.gold, name + ".yaml"),
                                     os.path.join(args.dump, name + ".jsonl"), args.reuse)
        candidates = group(name, records)
        label(candidates, gold)
        by_dialogue[name], golds[name], official[name] = candidates, gold, counts
    features = sorted({n for cs in by_dialogue.values() for c in cs for n in c["features"]})
    if args.without_rules:
        features = [n for n in features if not n.startswith("rule")]
    xs = {d: matrix(cs, features) for d, cs in by_dialogue.items()}
    ys = {d: np.array([c["label"] for c in cs], dtype=float) for d, cs in by_dialogue.items()}

    def page_features(d, first):
        """The second stage's features: how a candidate stands among its page's by the first stage's probability."""
        best = {}
        for c, q in zip(by_dialogue[d], first):
            best[c["page"]] = max(best.get(c["page"], 0.0), q)
        rank = [sum(1 for o, r in zip(by_dialogue[d], first) if o["page"] == c["page"] and r > q)
                for c, q in zip(by_dialogue[d], first)]
        return np.array([[1.0 if q >= best[c["page"]] else 0.0, q - best[c["page"]], math.log1p(k)]
                         for c, q, k in zip(by_dialogue[d], first, rank)]).reshape(len(first), 3)

    def probabilities(model, d):
        w, second = model
        first = predict(w, xs[d])
        return first if second is None else predict(second, np.hstack([xs[d], page_features(d, first)]))

    def fitted(train):
        x = np.vstack([xs[d] for d in train])
        y = np.concatenate([ys[d] for d in train])
        model = (fit(x, y, args.penalty), None)
        if args.two_stage:
            x2 = np.vstack([np.hstack([xs[d], page_features(d, predict(model[0], xs[d]))]) for d in train])
            model = (model[0], fit(x2, y, args.penalty))
        chosen = {d: probabilities(model, d) for d in train}
        return model, best_threshold({d: by_dialogue[d] for d in train}, chosen, golds, args.veto)

    rows = []
    disagreements = []
    held_out = {}
    for held in names:
        model, threshold = fitted([d for d in names if d != held])
        p = probabilities(model, held)
        held_out[held] = p
        model = choose(by_dialogue[held], p, threshold)
        rules = [c for c in by_dialogue[held] if c["features"]["ruleDrafted"]]
        rows.append({"dialogue": held, "model": judge(model, golds[held]), "rules": judge(rules, golds[held]),
                     "official": official[held], "threshold": threshold,
                     "reachable": judge(by_dialogue[held], golds[held], merging=False)[0]})
        picked = {id(c) for c in model}
        for c, q in zip(by_dialogue[held], p):
            if (id(c) in picked) != bool(c["features"]["ruleDrafted"]):
                disagreements.append((held, c, float(q), id(c) in picked))
    (w_all, second_all), t_all = fitted(names)
    pooled = {k: tuple(sum(r[k][i] for r in rows) for i in range(3)) for k in ("model", "rules", "official")}
    reachable = sum(r["reachable"] for r in rows)
    if args.json:
        print(json.dumps({"rows": rows, "pooled": pooled, "reachable": reachable, "threshold": t_all,
                          "weights": dict(zip(["intercept"] + features, map(float, w_all)))}, indent=1))
        return

    def cell(counts):
        found, chosen, gold = counts
        return f"{found:3d}/{gold:3d} P {found / chosen if chosen else 1:.2f}"

    print(f"{'dialogue':22s} {'rules (same judge)':>20s} {'model (held out)':>20s} {'rules (extract --score)':>24s}  reachable")
    for r in rows:
        marker = " " if r["model"][0] == r["rules"][0] else ("+" if r["model"][0] > r["rules"][0] else "-")
        print(f"{r['dialogue']:22s} {cell(r['rules']):>20s} {cell(r['model']):>20s} {cell(r['official']):>24s}  {r['reachable']:3d} {marker}")
    print(f"{'pooled':22s} {cell(pooled['rules']):>20s} {cell(pooled['model']):>20s} {cell(pooled['official']):>24s}  {reachable:3d}")
    total = sum(len(cs) for cs in by_dialogue.values())
    positives = sum(c["label"] for cs in by_dialogue.values() for c in cs)
    print(f"\n{total} candidates ({positives} match a gold meeting) in {len(names)} dialogues; "
          f"gold meetings some candidate matches: {reachable} of {pooled['rules'][2]}")
    better = sum(1 for r in rows if r["model"][0] > r["rules"][0])
    worse = sum(1 for r in rows if r["model"][0] < r["rules"][0])
    print(f"held-out model finds more meetings than the rules in {better} dialogues, fewer in {worse}")
    print(f"\nweights fitted on every dialogue (threshold {t_all}), largest first:")
    for name, weight in sorted(zip(["intercept"] + features, w_all), key=lambda item: -abs(item[1])):
        print(f"  {weight:+7.3f}  {name}")
    if second_all is not None:
        print("second stage, the page's competition: " + ", ".join(
            f"{n} {w:+.3f}" for n, w in zip(["pageBest", "pageMargin", "pageRank"], second_all[-3:])))
    if args.uncovered:
        print("\ngold meetings no candidate matches (cause: what the candidates of its pages have):")
        causes = {}
        for d in names:
            for gold in golds[d]:
                if any(same_meeting(c, gold) for c in by_dialogue[d]):
                    continue
                near = [c for c in by_dialogue[d] if c["page"] in gold["pages"]]
                same_date = [c for c in near if c["start"] == gold.get("start")]
                same_place = [c for c in near if same_meeting(dict(c, start=gold.get("start")), gold)]
                if not near:
                    cause = "no candidate on its pages"
                elif same_date:
                    cause = "its date, another place"
                elif same_place:
                    cause = "its place, another date"
                else:
                    cause = "neither its date nor its place"
                causes[cause] = causes.get(cause, 0) + 1
                shown = (same_date or same_place or near or [None])[0]
                print(f"  {cause:30s} {d}: gold {gold.get('start')} {gold.get('cityKey') or gold.get('country')}"
                      + (f"; candidate {shown['start']} {shown['cityKey'] or shown['country']}" if shown else ""))
        print("  " + ", ".join(f"{k}: {v}" for k, v in sorted(causes.items(), key=lambda kv: -kv[1])))
    if args.curve:
        print("\nheld-out figures at fixed thresholds (found/gold, precision):")
        for threshold in thresholds(args.veto):
            counts = [judge(choose(by_dialogue[d], held_out[d], threshold), golds[d]) for d in names]
            found, chosen, gold = (sum(c[i] for c in counts) for i in range(3))
            print(f"  {threshold}: {found}/{gold} P {found / chosen if chosen else 1:.2f}")
    if args.date_choice:
        date_choice(names, by_dialogue, golds, held_out)
    if args.page_veto:
        low, high = (float(v) for v in args.page_veto.split(","))
        page_veto(names, by_dialogue, golds, held_out, low, high)
    if args.show:
        print(f"\ndisagreements (up to {args.show}): model chooses / rules chose, right = matches a gold meeting")
        disagreements.sort(key=lambda item: -abs(item[2] - 0.5))
        for held, c, q, picked in disagreements[:args.show]:
            side = "model only" if picked else "rules only"
            print(f"  {side:10s} {'right' if c['label'] else 'wrong':5s} p={q:.2f} {held}: {c['start']} "
                  f"{c['city'] or c['country'] or '-'} ({', '.join(c['rules']) or 'no rule'}) {c['page']}")


if __name__ == "__main__":
    main()
