#!/usr/bin/env python3
"""Runs `import alfolio` and `export` on every al-folio site clone in a folder and prints what the
exported sites show that their owners never published, and what they lose (issue 11's table).

Usage: bench/alfolio-sites.py SITES_DIR [--jar target/scholarfolio.jar] [--keep WORK_DIR]

Each sub-folder of SITES_DIR that holds a _config.yml is one site. The import runs with
--drop-template-leftovers (the editor's default). Only the Python standard library and PyYAML
(to read _config.yml and front matter) are used.
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

import yaml

LIQUID = re.compile(r"\{\{|\{%")
TAG_IN_TEXT = re.compile(r"<\s*/?\s*(div|p|span|a|img|br|table|tr|td|ul|li|h[1-6]|center|strong|em|b|i|font|section)\b", re.I)
BIB_ENTRY = re.compile(r"@\s*([A-Za-z]+)\s*[{(]\s*([^,\s]*)\s*,")
BIB_TAG = re.compile(r"\{%-?\s*bibliography\b([^%]*)%\}")
FILE_OPT = re.compile(r"(?:-f|--file)\s+(\{\{[^}]*\}\}|\S+)")
NOT_ENTRIES = {"string", "comment", "preamble"}
# al-folio's own example entries: dropped on purpose with --drop-template-leftovers, not counted as lost
TEMPLATE_KEYS = {"einstein1950meaning", "einstein1905movement", "einstein1905electrodynamics",
                 "einstein1905molekularkinetischen", "einstein1906new", "einstein1920relativity",
                 "physrev.47.777", "przibram1967letters", "einstein1956investigations",
                 "einstein1905photoelectriceffect"}


class PageScan(HTMLParser):
    """Collects visible text with Liquid in it, <pre>/<code> boxes showing HTML tags, venue lines,
    and per publication whether an author is marked as the owner."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.liquid = 0
        self.code_depth = 0
        self.code_text = []
        self.code_boxes = 0
        self.venue_depth = 0
        self.venue_text = []
        self.venues = []
        self.authors_depth = 0
        self.authors_text = []
        self.authors_me = False
        self.papers = []  # (authors text, has me)
        self.stack = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ("href", "src"):
            if a.get(k) and LIQUID.search(a[k]):
                self.liquid += 1
        if tag in ("script", "style", "template"):
            self.skip += 1
        cls = (a.get("class") or "").split()
        if tag in ("pre", "code"):
            if self.code_depth == 0:
                self.code_text = []
            self.code_depth += 1
        if self.venue_depth:
            self.venue_depth += 1
        elif tag == "div" and "venue" in cls:
            self.venue_depth = 1
            self.venue_text = []
        if self.authors_depth:
            self.authors_depth += 1
            if tag == "em" and "me" in cls:
                self.authors_me = True
        elif tag == "div" and "authors" in cls:
            self.authors_depth = 1
            self.authors_text = []
            self.authors_me = False
        if tag in ("br", "img", "input", "meta", "link", "hr", "source", "wbr"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template") and self.skip:
            self.skip -= 1
        if tag in ("pre", "code") and self.code_depth:
            self.code_depth -= 1
            text = "".join(self.code_text)
            if self.code_depth == 0 and TAG_IN_TEXT.search(text):
                self.code_boxes += 1
            if self.code_depth == 0 and not text.lstrip().startswith("@"):  # a BibTeX view's {{braces}} are not Liquid
                self.liquid += len(LIQUID.findall(text))
        if self.venue_depth:
            self.venue_depth -= 1
            if self.venue_depth == 0:
                self.venues.append("".join(self.venue_text).strip())
        if self.authors_depth:
            self.authors_depth -= 1
            if self.authors_depth == 0:
                self.papers.append(("".join(self.authors_text), self.authors_me))

    def handle_data(self, data):
        if self.skip:
            return
        if self.code_depth:
            self.code_text.append(data)
        else:
            self.liquid += len(LIQUID.findall(data))
        if self.venue_depth:
            self.venue_text.append(data)
        if self.authors_depth:
            self.authors_text.append(data)


def front_matter(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except OSError:
        return {}, ""
    m = re.match(r"^---\s*\n(.*?)\n---\s*\n?(.*)$", text, re.S)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m.group(1))
    except (yaml.YAMLError, ValueError):  # ValueError: an impossible date (2023-04-31), which Jekyll rolls over
        data = None
    return (data if isinstance(data, dict) else {}), m.group(2)


def load_config(site):
    try:
        with open(os.path.join(site, "_config.yml"), encoding="utf-8", errors="replace") as f:
            data = yaml.safe_load(f)
        return data if isinstance(data, dict) else {}
    except (OSError, yaml.YAMLError, ValueError):
        return {}


def jekyll_skips(rel, data):
    """True for a file Jekyll never publishes: a part of its path starts with _ or ., or published: false."""
    parts = rel.split("/")[1:]  # below _news or _pages
    return any(p.startswith(("_", ".")) for p in parts) or data.get("published") is False


def bib_keys(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except OSError:
        return set()
    return {m.group(2) for m in BIB_ENTRY.finditer(text)
            if m.group(1).lower() not in NOT_ENTRIES and m.group(2).lower() not in TEMPLATE_KEYS}


def shown_bib_files(site, config):
    """The .bib files the site's published pages show through {% bibliography %} tags."""
    scholar = config.get("scholar") if isinstance(config.get("scholar"), dict) else {}
    default = str(scholar.get("bibliography") or "papers.bib")
    files = set()
    pages = os.path.join(site, "_pages")
    for root, _, names in os.walk(pages):
        for n in names:
            if not n.endswith((".md", ".markdown", ".html")):
                continue
            path = os.path.join(root, n)
            rel = os.path.relpath(path, site).replace(os.sep, "/")
            data, body = front_matter(path)
            if jekyll_skips(rel, data):
                continue
            if data.get("selected_papers") is True:
                files.add(default)
            for tag in BIB_TAG.finditer(body):
                named = FILE_OPT.findall(tag.group(1))
                if not named:
                    files.add(default)
                for f in named:
                    files.add(default if "{{" in f else f)
    out = set()
    for f in files:
        name = f if f.endswith(".bib") else f + ".bib"
        if os.path.isfile(os.path.join(site, "_bibliography", name)):
            out.add(name)
    return out


def owner_last_names(config):
    names = set()
    scholar = config.get("scholar") if isinstance(config.get("scholar"), dict) else {}
    for v in (config.get("last_name"), scholar.get("last_name")):
        for n in (v if isinstance(v, list) else [v]):
            if isinstance(n, str) and n.strip() and n.strip().lower() != "einstein":
                names.add(n.strip())
    return names


def measure(site, jar, work):
    name = os.path.basename(site.rstrip("/"))
    portfolio = os.path.join(work, name, "portfolio")
    out = os.path.join(work, name, "site")
    imp = subprocess.run(["java", "-jar", jar, "import", "alfolio", site, "--out", portfolio,
                          "--drop-template-leftovers", "--force"], capture_output=True, text=True)
    exp = subprocess.run(["java", "-jar", jar, "export", portfolio, "--out", out],
                         capture_output=True, text=True)
    row = {"site": name, "import_exit": imp.returncode, "export_exit": exp.returncode}
    config = load_config(site)
    try:
        with open(os.path.join(portfolio, "portfolio.json"), encoding="utf-8") as f:
            pf = json.load(f)
    except (OSError, ValueError):
        pf = {}
    scan = PageScan()
    for root, _, names in os.walk(out):
        for n in names:
            if n.endswith(".html"):
                with open(os.path.join(root, n), encoding="utf-8", errors="replace") as f:
                    scan.feed(f.read())
    row["liquid"] = scan.liquid
    row["code_boxes"] = scan.code_boxes
    row["comma_venues"] = sum(1 for v in scan.venues if v.startswith(","))
    keys = set()
    for f in shown_bib_files(site, config):
        keys |= bib_keys(os.path.join(site, "_bibliography", f))
    row["bib_shown"] = len(keys)
    imported_keys = {p.get("citationKey", "") for p in pf.get("publications", [])}
    row["bib_imported"] = len(keys & imported_keys)
    unpublished = imported_unpublished = 0
    report = imp.stdout + imp.stderr
    for folder in ("_news", "_pages"):
        for root, dirs, names in os.walk(os.path.join(site, folder)):
            for n in names:
                path = os.path.join(root, n)
                rel = os.path.relpath(path, site).replace(os.sep, "/")
                if not n.endswith((".md", ".markdown")):
                    continue
                data, _ = front_matter(path)
                if jekyll_skips(rel, data):
                    unpublished += 1
                    said = [l for l in report.splitlines() if rel + ":" in l or l.strip().startswith(rel + " ")]
                    if not any(re.search(r"skipped|dropped|not published|not imported", l) for l in said):
                        imported_unpublished += 1
    row["unpublished_files"] = unpublished
    row["unpublished_imported"] = imported_unpublished
    owners = owner_last_names(config)
    pubs_page = [p for p in scan.papers]  # every rendering of a paper (list and own page)
    mine = [p for p in pubs_page if any(o.lower() in html.unescape(p[0]).lower() for o in owners)]
    row["owner_papers"] = len(mine)
    row["owner_not_highlighted"] = sum(1 for p in mine if not p[1])
    row["import_last_line"] = (imp.stdout.strip().splitlines() or [""])[-1][:90]
    return row


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sites")
    ap.add_argument("--jar", default=os.path.join(os.path.dirname(__file__), "..", "target", "scholarfolio.jar"))
    ap.add_argument("--keep")
    args = ap.parse_args()
    work = args.keep or tempfile.mkdtemp(prefix="alfolio-sites-")
    sites = sorted(os.path.join(args.sites, d) for d in os.listdir(args.sites)
                   if os.path.isfile(os.path.join(args.sites, d, "_config.yml")))
    rows = []
    cols = ["liquid", "code_boxes", "comma_venues", "bib_shown", "bib_imported", "unpublished_files",
            "unpublished_imported", "owner_papers", "owner_not_highlighted"]
    print("%-44s %s" % ("site", " ".join("%8s" % c[:8] for c in cols)))
    for s in sites:
        r = measure(s, os.path.abspath(args.jar), work)
        rows.append(r)
        print("%-44s %s  exit %d/%d" % (r["site"][:44], " ".join("%8d" % r[c] for c in cols),
                                        r["import_exit"], r["export_exit"]), flush=True)
    total = {c: sum(r[c] for r in rows) for c in cols}
    def sites_with(c):
        return sum(1 for r in rows if r[c] > 0)
    print()
    print("| measured over %d sites | value |" % len(rows))
    print("|---|---|")
    print("| raw Liquid (`{{ }}`, `{%% %%}`) on exported pages | %d places on %d sites |" % (total["liquid"], sites_with("liquid")))
    print("| HTML shown as a code box of tags | %d boxes on %d sites |" % (total["code_boxes"], sites_with("code_boxes")))
    print("| venue lines starting with a comma | %d |" % total["comma_venues"])
    lost = sum(1 for r in rows if r["bib_imported"] < r["bib_shown"])
    print("| entries of the .bib files the pages show, imported | %d of %d; %d sites lose some |"
          % (total["bib_imported"], total["bib_shown"], lost))
    print("| files Jekyll never publishes, imported | %d of %d |" % (total["unpublished_imported"], total["unpublished_files"]))
    print("| renderings of the owner's papers without the owner highlighted | %d of %d, on %d sites |"
          % (total["owner_not_highlighted"], total["owner_papers"], sites_with("owner_not_highlighted")))
    print("| import exit codes not 0 | %d |" % sum(1 for r in rows if r["import_exit"] != 0))
    print("\nwork folder:", work, file=sys.stderr)


if __name__ == "__main__":
    main()
