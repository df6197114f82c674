#!/usr/bin/env python3
"""Exports a portfolio whose names, venue and titles hold directional controls left open (U+202E)
or are written right to left, opens its publication list and home page in headless Chromium, and reports,
for the text that follows each such value in its line (the co-authors, the year, the volume, the site's
name), whether it reads in its own order on the screen: each character's box left of the next one's.

Usage: bench/bidi-order.py WORK_DIR -- COMMAND... (the command that runs the CLI, e.g. java -jar
target/scholarfolio.jar). Prints one line per checked text, "ok" or "REVERSED"; exit 1 if any is reversed.
Only the Python standard library and Chromium are used.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

RLO = "\u202e"
PUBS = [
    {"citationKey": "override2024", "entryType": "article", "title": "Open " + RLO + "override", "year": 2024,
     "authors": [{"given": "Ann", "family": RLO + "Lee"}, {"given": "Bob", "family": "Ray"}, {"given": "Cy", "family": "Dee"}],
     "journal": "Journal " + RLO + "of Tests", "volume": "IV", "selected": True},
    {"citationKey": "arabic2024", "entryType": "article", "title": "Names written right to left", "year": 2023,
     "authors": [{"given": "Ann", "family": "Lee"}, {"given": "\u0645\u062d\u0645\u062f", "family": "\u0639\u0644\u064a"},
                 {"given": "Bob", "family": "Ray"}],
     "journal": "\u05db\u05ea\u05d1 \u05e2\u05ea", "volume": "7", "selected": True},
]
# (page, CSS selector of the line, the texts after the hostile value that must read left to right)
CHECKS = [
    ("publications/index.html", "#pub-override2024 .authors", ["Bob Ray", "Cy Dee"]),
    ("publications/index.html", "#pub-override2024 .venue", ["IV"]),
    ("publications/index.html", "#pub-arabic2024 .authors", ["Bob Ray"]),
    ("publications/index.html", "#pub-arabic2024 .venue", [", 7"]),
    ("index.html", "h1.name", ["Lovelace"]),
]
SCRIPT = """<script>
(function () {
  var checks = %s, out = [];
  checks.forEach(function (c) {
    var el = document.querySelector(c[0]);
    c[1].forEach(function (needle) {
      var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT), n, xs = null;
      while ((n = walker.nextNode()) && xs === null) {
        var at = n.data.indexOf(needle);
        if (at < 0) continue;
        xs = [];
        for (var i = at; i < at + needle.length; i++) {
          if (n.data[i] === " ") continue;
          var r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
          xs.push(Math.round(r.getBoundingClientRect().left));
        }
      }
      var ordered = xs !== null && xs.every(function (x, i) { return i === 0 || x > xs[i - 1]; });
      out.push([c[0], needle, xs === null ? "missing" : ordered ? "ok" : "REVERSED"]);
    });
  });
  var pre = document.createElement("pre"); pre.id = "bidi-result"; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>"""


def main():
    work, command = os.path.abspath(sys.argv[1]), sys.argv[sys.argv.index("--") + 1:]
    folder = os.path.join(work, "portfolio")
    os.makedirs(folder, exist_ok=True)
    portfolio = {"schemaVersion": 1,
                 "profile": {"name": {"first": "Ada " + RLO + "Augusta", "last": "Lovelace"}},
                 "site": {"title": "Site"}, "publications": PUBS}
    with open(os.path.join(folder, "portfolio.json"), "w", encoding="utf-8") as f:
        json.dump(portfolio, f, ensure_ascii=False, indent=2)
    site = os.path.join(work, "site")
    subprocess.run(command + ["export", folder, "--out", site], check=True, stdout=subprocess.DEVNULL)
    findings = 0
    for page in sorted({c[0] for c in CHECKS}):
        with open(os.path.join(site, page), encoding="utf-8") as f:
            html = f.read()
        html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
        checks = [[sel, texts] for p, sel, texts in CHECKS if p == page]
        html = html.replace("</body>", SCRIPT % json.dumps(checks) + "</body>")
        probe = os.path.join(site, os.path.dirname(page), "bidi-probe.html")
        with open(probe, "w", encoding="utf-8") as f:
            f.write(html)
        for attempt in range(3):  # on a busy machine Chromium now and then dumps an empty page
            dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                  "--disable-component-update", "--no-first-run", "--disable-sync",
                                  "--user-data-dir=" + tempfile.mkdtemp(), "--window-size=1280,900", "--dump-dom",
                                  "file://" + probe], capture_output=True, text=True, timeout=120).stdout
            result = re.search(r'<pre id="bidi-result">(.*?)</pre>', dom, re.S)
            if result is not None:
                break
        if result is None:
            sys.exit(f"{page}: the probe did not run in Chromium")
        for selector, needle, verdict in json.loads(result.group(1).replace("&quot;", '"').replace("&amp;", "&")):
            print(f"{page} {selector} {needle!r}: {verdict}")
            findings += verdict != "ok"
    print(f"{findings} reversed or missing")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
