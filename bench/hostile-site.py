#!/usr/bin/env python3
"""Exports a portfolio with hostile text in every field and checks the site as a visitor's browser and
Google Scholar see it (session 33's hostile-input audit, docs/security.md).

Usage: bench/hostile-site.py WORK_DIR [--jar target/scholarfolio.jar] [--scholar SITE_DIR BASE_URL]

Writes WORK_DIR/portfolio/portfolio.json (every text field: markup, script end tags, comment openers,
CDATA ends, line separators, NUL and other control characters, lone surrogates, bidi overrides,
template syntax; every link field: javascript:, entity- and whitespace-split schemes, data:,
vbscript:, //host, file:, ../ and absolute paths; citation keys and slugs such as .., ../../evil,
index, CON), exports it with a base URL, then:
- loads every page in headless Chromium from file:// and from a loopback server under /sub/ (every
  request logged; every other host goes to a logging proxy), and reports an element, handler or
  address that is not the theme's after the page's scripts ran, and a request that left the site;
- checks each paper page against Google Scholar's guidelines (also alone, --scholar, on any site).
Only the Python standard library, Chromium and Java are used. Prints the findings; exit 1 if any.
"""
import argparse
import glob
import http.server
import json
import os
import re
import shutil
import socketserver
import subprocess
import sys
import tempfile
import threading
from html.parser import HTMLParser

SINK = ("</script><script>document.body.setAttribute('data-pwned','s')</script><!-- ]]> \u2028\u2029 "
        "\x00\x01\x07\x0b\x1b\x7f\x85 \ud800 lone \udfff \u202eevil\u202c \u2066iso\u2069 {{ site.title }} "
        "{% include x %} ${7*7} #{7*7} `x` <img src=x onerror=document.body.setAttribute('data-pwned',1)> "
        "<svg onload=document.body.setAttribute('data-pwned',2)> \"' & &amp; &#0; <style>*{}</style> "
        "<iframe src=//evil.example/></iframe> [l](javascript:document.body.setAttribute('data-pwned',3)) "
        "[m](JaVaScRiPt&#58;x) <a href=\"java\tscript:x\">t</a> ![i](http://evil.example/p.png)")
LINKS = ["javascript:x(10)", "JaVaScRiPt&#58;x(11)", "java\tscript:x(12)", " \njavascript:x(13)",
         "data:text/html,<script>x(14)</script>", "vbscript:msgbox(15)", "jav&#x09;ascript:x(16)", "//evil.example/x",
         "\u0000javascript:x(17)", "javascript&colon;x(18)", "https://evil.example/\"><script>x(19)</script>",
         "file:///etc/passwd", "../../../../etc/passwd", "/etc/passwd", "\\\\evil.example\\share"]
KINDS = ["article", "inproceedings", "phdthesis", "misc", "incollection", "techreport", "book", "unpublished", "x</script>"]
KEYS = ["a", "..", "../../evil", "k</script>", "k%2e%2e", "con", "K\u202ex", "index", "2024"]
TEXT_FIELDS = ["journal", "booktitle", "booksubtitle", "booktitleaddon", "maintitle", "bookauthor", "editora", "school",
               "institution", "publisher", "abbr", "volume", "number", "pages", "location", "pubstate", "doi", "arxiv",
               "primaryClass", "license", "abstract", "note", "additionalInfo", "annotation", "award", "awardName", "section"]
BASE = "https://example.org/sub/"


def portfolio():
    links = iter(LINKS * 20)
    pubs = []
    for i, kind in enumerate(KINDS):
        p = {"citationKey": KEYS[i], "entryType": kind, "title": SINK, "andOthers": True, "year": 2020 + i % 5,
             "month": 1 + i, "selected": True, "bibtexShow": True,
             "authors": [{"given": SINK + str(j), "von": SINK, "family": SINK, "jr": SINK, "equalContribution": True,
                          "corresponding": True, "otherMarks": SINK, "url": next(links), "zzUnknown": SINK} for j in range(3)],
             "preview": ["../../../etc/passwd", "/etc/passwd", "javascript:x", "data:image/svg+xml,<svg onload=x>",
                         "http://evil.example/x.png", "assets/../../x.png", "file:///etc/passwd", "\u0000", "x</script>"][i],
             "links": {f: next(links) for f in ["html", "pdf", "supp", "video", "blog", "code", "poster", "slides", "website"]},
             "badges": {"altmetric": SINK, "dimensions": SINK, "googleScholarId": SINK, "inspirehepId": SINK},
             "bibtexFields": {"series": SINK, "url": next(links), "keywords": SINK, "x}y": SINK, "@comment{": SINK,
                              "note2": "}}}{{{"}, "zzUnknown": {"a": SINK}}
        p.update({f: SINK for f in TEXT_FIELDS})
        pubs.append(p)
    return {"schemaVersion": 1,
            "profile": {"name": {"first": SINK, "middle": SINK, "last": SINK}, "nativeName": SINK, "position": SINK,
                        "affiliation": SINK, "subtitle": SINK, "email": "x@y.z\"><script>x</script>",
                        "photo": {"path": "../../../../etc/passwd", "align": "left", "circular": True, "alt": SINK},
                        "addressLines": [SINK], "bio": SINK + "\n\n<script>x</script>\n\n<a href='javascript:x'>x</a>",
                        "socialLinks": [{"kind": "custom", "title": SINK, "url": next(links), "icon": "../../../etc/passwd"},
                                        {"kind": "custom", "title": SINK, "url": next(links), "icon": "solid/x\"><script>"},
                                        {"kind": "orcid_id", "value": SINK}, {"kind": "github_username", "value": "../../x"},
                                        {"kind": "cv_pdf", "value": next(links)}, {"kind": "scholar_userid", "value": SINK},
                                        {"kind": "wechat_qr", "value": "../../../etc/passwd"}, {"kind": "work_url", "value": next(links)}],
                        "nameVariants": [SINK], "zzUnknown": SINK},
            "site": {"title": SINK, "baseUrl": BASE, "description": SINK, "language": "en\u2028<!--", "footer": SINK,
                     "newsScrollable": True, "embedHosts": ["evil.example", "javascript:x", "*"],
                     "theme": {"accentColor": "expression(x);background:url(http://evil.example/x)", "darkMode": "</script>"},
                     "bibtexPreamble": SINK},
            "news": [{"id": nid, "date": "2024-0%d-01" % (i + 1), "title": SINK, "inline": i % 2 == 0, "body": SINK}
                     for i, nid in enumerate(["../../evil", "n</script>", "index", "a/b", "\u202e"])],
            "publications": pubs,
            "pages": [{"slug": s, "title": SINK, "menuOrder": i, "inMenu": True, "body": SINK + "\n\n<script>x</script>"}
                      for i, s in enumerate(["../../evil", "publications", "assets", "p</script>", "news", ".", "CON"])],
            "zzUnknown": SINK}


class Dom(HTMLParser):
    """What a page holds that the theme does not write: scripts, handlers, frames, addresses to scripts or other hosts."""
    OURS = ("assets/js/site.js", "assets/js/theme.js", "filter-index.js")

    def __init__(self):
        super().__init__()
        self.bad = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        for k, v in attrs:
            v = re.sub(r"[\s\x00]", "", (v or "")).lower()
            if k.startswith("on"):
                self.bad.append(f"<{tag} {k}>")
            if k in ("href", "src", "srcset", "poster", "action", "formaction", "data") and v.startswith(("javascript:", "data:", "vbscript:")):
                self.bad.append(f"<{tag} {k}={v[:40]}>")
            if k in ("src", "srcset", "poster", "data") and ("//" in v and not v.startswith(BASE)):
                self.bad.append(f"<{tag} {k}={v[:40]}>")
        if tag == "script" and not (d.get("src", "").endswith(self.OURS) or d.get("type") == "application/ld+json"):
            self.bad.append(f"<script {d}>")
        if tag in ("iframe", "object", "embed", "form", "base"):
            self.bad.append(f"<{tag}>")
        if tag == "body" and "data-pwned" in d:
            self.bad.append("a script of the portfolio's ran")


def browser_check(site, work):
    log = []
    root = os.path.abspath(site)

    class Site(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=root, **k)

        def log_message(self, fmt, *a):
            log.append(("site", self.headers.get("Host"), self.path))

        def translate_path(self, path):
            return super().translate_path(path[4:]) if path.startswith("/sub/") else "/nonexistent"

    class Proxy(http.server.BaseHTTPRequestHandler):
        def log_message(self, fmt, *a):
            log.append(("left", self.requestline, ""))

        def do_GET(self):
            self.send_response(404)
            self.end_headers()
        do_CONNECT = do_POST = do_HEAD = do_GET

    class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
        daemon_threads = True
    site_server, proxy = Server(("127.0.0.1", 0), Site), Server(("127.0.0.1", 0), Proxy)
    for s in (site_server, proxy):
        threading.Thread(target=s.serve_forever, daemon=True).start()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    findings = []
    pages = sorted(os.path.relpath(p, root) for p in glob.glob(root + "/**/*.html", recursive=True))
    for page in pages:
        for url in (f"http://127.0.0.1:{site_server.server_port}/sub/{page}", "file://" + os.path.join(root, page)):
            with tempfile.TemporaryDirectory() as profile:
                dom = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                      "--disable-component-update", "--no-first-run", "--disable-sync", "--user-data-dir=" + profile,
                                      f"--proxy-server=http://127.0.0.1:{proxy.server_port}", "--virtual-time-budget=3000",
                                      "--dump-dom", url], capture_output=True, text=True, timeout=120).stdout
            parser = Dom()
            parser.feed(dom)
            findings += [f"{url}: {b}" for b in dict.fromkeys(parser.bad)]
    # the browser's own calls home (component updates, time) are not the page's
    findings += [f"request left the site: {r[1]}" for r in log if r[0] == "left" and "google" not in r[1]]
    findings += [f"request outside /sub/: {r[2]}" for r in log if r[0] == "site" and not r[2].startswith("/sub/")]
    site_server.shutdown()
    proxy.shutdown()
    return len(pages), findings


CONTAINER = ["citation_journal_title", "citation_conference_title", "citation_dissertation_institution",
             "citation_inbook_title", "citation_technical_report_institution"]


class Paper(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.text, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if tag == "meta" and d.get("name", "").startswith("citation_"):
            self.meta.append((d["name"], d.get("content", "")))
        if tag in ("script", "style", "head", "pre"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "pre"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


def scholar_check(site, base):
    """Each paper page against Google Scholar's inclusion guidelines."""
    findings, count = [], 0
    for f in sorted(glob.glob(site + "/publications/*.html")):
        if re.search(r"/(index|\d{4}(-\d+)?|undated)\.html$", f):
            continue
        count += 1
        p = Paper()
        p.feed(open(f, encoding="utf-8").read())
        tags = {}
        for k, v in p.meta:
            tags.setdefault(k, []).append(v)
        body = re.sub(r"\s+", " ", " ".join(p.text))
        name = os.path.basename(f)
        if len(tags.get("citation_title", [])) != 1:
            findings.append(f"{name}: not one citation_title")
        elif re.sub(r"\s+", " ", tags["citation_title"][0]).strip() not in body:
            findings.append(f"{name}: the title is not shown as the tag names it")
        if not tags.get("citation_author"):
            findings.append(f"{name}: no citation_author")
        for a in tags.get("citation_author", []):
            if a.split(",")[0].strip() not in body:
                findings.append(f"{name}: author not shown: {a[:40]}")
        dates = tags.get("citation_publication_date", [])
        if len(dates) != 1 or not re.fullmatch(r"\d{4}(/\d{2}(/\d{2})?)?", dates[0]):
            findings.append(f"{name}: citation_publication_date {dates}")
        for u in tags.get("citation_pdf_url", []):
            if not (base and u.startswith(base) and os.path.isfile(os.path.join(site, u[len(base):]))):
                findings.append(f"{name}: citation_pdf_url not a file of the site: {u}")
        if sum(1 for c in CONTAINER if c in tags) != 1:
            findings.append(f"{name}: container tags {[c for c in CONTAINER if c in tags]}")
    return count, findings


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("work")
    ap.add_argument("--jar", default="target/scholarfolio.jar")
    ap.add_argument("--scholar", nargs=2, metavar=("SITE_DIR", "BASE_URL"))
    args = ap.parse_args()
    if args.scholar:
        count, findings = scholar_check(*args.scholar)
        print(f"{count} paper pages checked against Google Scholar's guidelines")
    else:
        folder = os.path.join(args.work, "portfolio")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "portfolio.json"), "w", encoding="utf-8") as out:
            out.write(json.dumps(portfolio(), indent=2, ensure_ascii=True))
        site = os.path.join(args.work, "site")
        home = os.path.join(args.work, "home")
        env = dict(os.environ, HOME=home, XDG_DATA_HOME=home + "/data", XDG_CONFIG_HOME=home + "/config",
                   XDG_CACHE_HOME=home + "/cache")
        r = subprocess.run(["java", "-jar", args.jar, "export", folder, "--out", site], env=env, capture_output=True, text=True,
                           errors="replace")
        print(r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr[-2000:])
        findings = [] if r.returncode == 0 else [f"export exit {r.returncode}"]
        outside = [p for p in glob.glob(args.work + "/**", recursive=True)
                   if os.path.isfile(p) and not p.startswith((site, folder, home))]
        findings += [f"file outside the site: {p}" for p in outside]
        pages, browser = browser_check(site, args.work)
        print(f"{pages} pages loaded twice (file:// and /sub/ on loopback)")
        count, scholar = scholar_check(site, BASE)
        print(f"{count} paper pages checked against Google Scholar's guidelines")
        findings += browser + scholar
    for f in findings:
        print(f)
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
