#!/usr/bin/env python3
"""Cuts a gold folder down to the pages a pages folder holds, so that a split can be scored when some of its pages can
no longer be had (the page store drops pages over time; the scorer refuses a gold file citing a page it lacks).

Usage: scripts/gold-for-pages.py PAGES_DIR GOLD_DIR OUT_DIR

For every GOLD_DIR/<dialogue>.yaml, the URLs its facts cite that PAGES_DIR/<dialogue>.jsonl does not hold are the
missing pages. OUT_DIR/<dialogue>.yaml is the gold without what was read from them: an edge or tie citing a missing
page is dropped; a meeting citing one is dropped, unless edges read from pages that are held remain, and then the
first of those gives its source; missing URLs leave a meeting's `pages:` attribute; a key left with no entries goes.
Nothing else changes (the gold files are edited as text, so their values are written back exactly as they were).
Prints, per dialogue, the missing pages and what was dropped; exits 1 if a file cannot be read.
"""
import json, os, re, sys

def held_urls(path):
    urls = set()
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                try:
                    urls.add(json.loads(line)["url"])
                except (ValueError, KeyError) as error:
                    sys.exit(f"gold-for-pages: {path}:{number}: not a page record ({error})")
    return urls

def cut(lines, missing):
    cites_missing = lambda line: any(f'source: "{url}"' in line for url in missing)
    is_edge = lambda line: line.lstrip().startswith("- {")
    out, dropped, section, i = [], {"edges": 0, "meetings": 0, "resourced": 0}, None, 0
    while i < len(lines):
        line = lines[i]
        if re.match(r"^[a-z]+:", line):
            section = line.split(":")[0]
        if section == "meetings" and line.startswith("  - id:"):
            j = i + 1
            while j < len(lines) and not lines[j].startswith("  - ") and not re.match(r"^[a-z]", lines[j]):
                j += 1
            block = [b for b in lines[i:j] if not (is_edge(b) and cites_missing(b))]
            dropped["edges"] += (j - i) - len(block)
            own = [k for k, b in enumerate(block) if re.match(r"^    source: ", b)]
            if own and cites_missing(block[own[0]]):
                kept_sources = [re.search(r'source: "([^"]+)"', b).group(1) for b in block if is_edge(b) and "source:" in b]
                if kept_sources:
                    block[own[0]] = f'    source: "{kept_sources[0]}"'
                    dropped["resourced"] += 1
                else:
                    block = []
                    dropped["meetings"] += 1
            for k, b in enumerate(block):
                if "pages:" in b:
                    for url in missing:
                        b = b.replace(url + " ", "").replace(" " + url, "").replace(url, "")
                    block[k] = b
            out += block
            i = j
            continue
        if section == "ties" and cites_missing(line):
            dropped["edges"] += 1
        else:
            out.append(line)
        i += 1
    indent = lambda line: len(line) - len(line.lstrip())
    out = [line for k, line in enumerate(out)
           if not (re.match(r"^ +[A-Za-z_]+:$", line) and (k + 1 >= len(out) or indent(out[k + 1]) <= indent(line)))]
    return out, dropped

def main(arguments):
    if len(arguments) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    pages_dir, gold_dir, out_dir = arguments
    os.makedirs(out_dir, exist_ok=True)
    total = 0
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".yaml"):
            continue
        dialogue = name[:-5]
        pages_path = os.path.join(pages_dir, dialogue + ".jsonl")
        held = held_urls(pages_path) if os.path.exists(pages_path) else set()
        text = open(os.path.join(gold_dir, name), encoding="utf-8").read()
        cited = set(re.findall(r'source: "(https?://[^"]+)"', text))
        missing = sorted(cited - held)
        lines, dropped = cut(text.split("\n"), missing) if missing else (text.split("\n"), None)
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        if missing:
            total += len(missing)
            print(f"{dialogue}: {len(missing)} page(s) missing, dropped {dropped}: " + " ".join(missing))
    print(f"{total} cited page(s) missing in all")

if __name__ == "__main__":
    main(sys.argv[1:])
