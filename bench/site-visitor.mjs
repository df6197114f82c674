// What a visitor meets on exported sites, page by page, in Debian's Chromium (puppeteer-core):
//   - every page from file:// and from http://127.0.0.1:PORT/~user/site/ (a static server of this
//     script's own, on loopback): no request to another host, no request that fails, and every
//     link and asset the page names (a, link, script, img, source, iframe) is a file of the site
//     when resolved from that address (a link that leaves the sub-path counts as broken);
//   - at 320 px wide: no horizontal scrolling and no element reaching past the right edge, unless
//     it sits inside a box that scrolls or clips on its own (a <pre>, a table wrapper);
//   - the keyboard: the first Tab reaches a visible skip link with a visible focus ring; on the
//     publication list, Tab reaches the filter box, typing filters, and Enter on a BibTeX toggle
//     opens it;
//   - paper pages against Google Scholar's inclusion guidelines: citation_title, citation_author
//     per author in the order shown, citation_publication_date, a journal or conference title
//     (not for theses, reports and preprints), citation_pdf_url only for a PDF on the same site,
//     the title as the page's <h1> and the authors shown near it.
//   node site-visitor.mjs [--shots DIR] [--max-pages N] NAME=SITE_DIR ...
// Needs NODE_MODULES_DIR with puppeteer-core; CHROME_PATH (default /usr/bin/chromium). Prints one
// line per problem and a table per site; exits 1 on any problem. --max-pages checks the first N
// pages of each site (sorted by path) plus every paper page's metadata.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL, fileURLToPath } from "node:url";
import { htmlPages } from "./html-pages.mjs";

const require = createRequire(path.join(process.env.NODE_MODULES_DIR, "x.js"));
const puppeteer = require("puppeteer-core");

const args = process.argv.slice(2);
let shots = null;
let maxPages = Infinity;
while (args[0]?.startsWith("--")) {
  if (args[0] === "--shots") shots = args[1];
  else if (args[0] === "--max-pages") maxPages = Number(args[1]);
  args.splice(0, 2);
}
const sites = args.map((a) => a.split("="));
const PREFIX = "/~user/site/";

const TYPES = { ".html": "text/html", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml",
  ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp",
  ".pdf": "application/pdf", ".xml": "application/xml", ".bib": "text/plain", ".json": "application/json" };

// A file of the site named by a path below the site's folder, or null; a folder means its index.html.
function siteFile(dir, rel) {
  let p = path.join(dir, decodeURIComponent(rel));
  if (!p.startsWith(dir)) return null;
  if (fs.existsSync(p) && fs.statSync(p).isDirectory()) p = path.join(p, "index.html");
  return fs.existsSync(p) ? p : null;
}

function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const file = url.pathname.startsWith(PREFIX) ? siteFile(dir, url.pathname.slice(PREFIX.length)) : null;
    if (!file) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const problems = [];
function problem(site, page, what) {
  problems.push(`${site} ${page}: ${what}`);
  console.log(`PROBLEM ${site} ${page}: ${what}`);
}

// Every address the page names, as the browser resolved it.
const NAMED = () => [...document.querySelectorAll("a[href], link[href], script[src], img[src], source[src], iframe[src]")]
  .map((e) => ({ tag: e.tagName.toLowerCase(), url: e.href || e.src }))
  .concat([...document.querySelectorAll("img[srcset], source[srcset]")].flatMap((e) => e.srcset.split(",")
    .map((s) => s.trim().split(/\s+/)[0]).filter(Boolean).map((u) => ({ tag: "srcset", url: new URL(u, document.baseURI).href }))));

async function loadAndWatch(page, url) {
  const requests = [];
  const failed = [];
  const onRequest = (r) => requests.push(r.url());
  const onFailed = (r) => failed.push(`${r.url()} (${r.failure()?.errorText})`);
  const onResponse = (r) => { if (r.status() >= 400) failed.push(`${r.url()} (${r.status()})`); };
  page.on("request", onRequest);
  page.on("requestfailed", onFailed);
  page.on("response", onResponse);
  await page.goto(url, { waitUntil: "load" });
  await new Promise((r) => setTimeout(r, 50));
  page.off("request", onRequest);
  page.off("requestfailed", onFailed);
  page.off("response", onResponse);
  return { requests, failed };
}

function linkProblems(site, rel, named, base, dir, mode) {
  const seen = new Set();
  for (const { tag, url } of named) {
    const u = new URL(url);
    if (u.protocol === "mailto:" || u.protocol === "https:" || (u.protocol === "http:" && u.hostname !== "127.0.0.1")) continue;
    if (u.protocol === "javascript:" || u.protocol === "data:" || u.protocol === "vbscript:") {
      problem(site, rel, `${mode}: a ${tag} names ${u.protocol} ${url.slice(0, 80)}`);
      continue;
    }
    const key = u.origin + u.pathname;
    if (seen.has(key)) continue;
    seen.add(key);
    const basePath = mode === "file" ? pathToFileURL(dir + "/").pathname : PREFIX;
    if (u.protocol !== new URL(base).protocol || !u.pathname.startsWith(basePath)) {
      problem(site, rel, `${mode}: a ${tag} leaves the site: ${url.slice(0, 120)}`);
      continue;
    }
    if (!siteFile(dir, u.pathname.slice(basePath.length))) {
      problem(site, rel, `${mode}: a ${tag} names no file of the site: ${decodeURIComponent(u.pathname.slice(basePath.length)).slice(0, 120)}`);
    }
  }
}

async function checkNarrow(page, site, rel) {
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scroll = document.documentElement.scrollWidth;
    const clipsOrScrolls = (e) => {
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX !== "visible") return true;
      }
      return false;
    };
    const past = [];
    for (const e of document.body.querySelectorAll("*")) {
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === "hidden") continue;
      if ((r.right > width + 1 || r.left < -1) && !clipsOrScrolls(e) && !e.closest(".skip")) {
        past.push(`${e.tagName.toLowerCase()}${e.className ? "." + String(e.className).split(" ")[0] : ""} ${Math.round(r.left)}..${Math.round(r.right)}`);
      }
    }
    return { width, scroll, past: past.slice(0, 5), count: past.length };
  });
  if (wide.scroll > wide.width) problem(site, rel, `320 px: scrolls sideways (${wide.scroll} px wide)`);
  if (wide.count) problem(site, rel, `320 px: ${wide.count} elements past the edge: ${wide.past.join("; ")}`);
}

async function checkKeyboard(page, site, rel) {
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => {
    const e = document.activeElement;
    const r = e.getBoundingClientRect();
    const s = getComputedStyle(e);
    return { cls: e.className, text: e.textContent.trim(), visible: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0,
      ring: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 || s.boxShadow !== "none" };
  });
  if (first.cls !== "skip") problem(site, rel, `keyboard: the first Tab reaches "${first.text.slice(0, 40)}", not the skip link`);
  else if (!first.visible || !first.ring) problem(site, rel, `keyboard: the focused skip link is ${first.visible ? "" : "not visible"} ${first.ring ? "" : "without a focus ring"}`);
}

async function checkFilterAndToggles(page, site, rel) {
  const hasFilter = await page.$(".filter-box");
  if (hasFilter) {
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.classList.contains("filter-box"));
    }
    if (!reached) problem(site, rel, "keyboard: Tab never reaches the filter box");
    else {
      const word = await page.evaluate(() => {
        const t = document.querySelector(".pub .title")?.textContent || "";
        return t.split(/\s+/).find((w) => /^[\p{L}\p{N}]{4,}$/u.test(w)) || "";
      });
      if (word) {
        await page.keyboard.type(word);
        await new Promise((r) => setTimeout(r, 600));
        const shown = await page.evaluate(() => document.querySelector(".filter-status")?.textContent || "");
        if (!/\d/.test(shown)) problem(site, rel, `keyboard: typing "${word}" into the filter says "${shown}"`);
        await page.evaluate(() => { const b = document.querySelector(".filter-box"); b.value = ""; b.dispatchEvent(new Event("input")); });
      }
    }
  }
  const summary = await page.$("details.bib > summary");
  if (summary) {
    await summary.focus();
    const focusRing = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 || s.boxShadow !== "none";
    });
    await page.keyboard.press("Enter");
    const open = await page.evaluate(() => document.activeElement.parentElement.open);
    if (!open) problem(site, rel, "keyboard: Enter on a Bib toggle does not open it");
    if (!focusRing) problem(site, rel, "keyboard: a focused Bib toggle shows no focus ring");
  }
}

async function scholarMeta(page, site, rel, dir, base) {
  const m = await page.evaluate(() => {
    const metas = (n) => [...document.querySelectorAll(`meta[name="${n}"]`)].map((e) => e.content);
    const h1 = document.querySelector("h1");
    const authorsEl = document.querySelector(".authors, .pub .authors");
    return { title: metas("citation_title"), authors: metas("citation_author"), date: metas("citation_publication_date"),
      journal: metas("citation_journal_title"), conference: metas("citation_conference_title"), pdf: metas("citation_pdf_url"),
      dissertation: metas("citation_dissertation_institution"), report: metas("citation_technical_report_institution"),
      publisher: metas("citation_publisher"), venueShown: document.querySelector(".venue")?.textContent.trim() || "",
      canonical: document.querySelector('link[rel="canonical"]')?.href || "",
      h1: h1 ? h1.textContent.replace(/\s+/g, " ").trim() : "", h1size: h1 ? parseFloat(getComputedStyle(h1).fontSize) : 0,
      bodySize: parseFloat(getComputedStyle(document.body).fontSize),
      shownAuthors: authorsEl ? authorsEl.textContent.replace(/\s+/g, " ") : "",
      h1ToAuthors: h1 && authorsEl ? authorsEl.getBoundingClientRect().top - h1.getBoundingClientRect().bottom : 1e9 };
  });
  if (m.title.length === 0) return false;
  if (m.title.length !== 1) problem(site, rel, `scholar: ${m.title.length} citation_title`);
  if (m.h1 !== m.title[0].replace(/\s+/g, " ").trim()) problem(site, rel, `scholar: <h1> "${m.h1.slice(0, 60)}" is not citation_title "${m.title[0].slice(0, 60)}"`);
  if (m.h1size < 1.3 * m.bodySize) problem(site, rel, `scholar: the title is ${m.h1size} px against the body's ${m.bodySize} px`);
  if (m.authors.length === 0) problem(site, rel, "scholar: no citation_author");
  let at = 0;
  for (const a of m.authors) {
    const family = a.split(",")[0].trim();
    const i = m.shownAuthors.indexOf(family, at);
    if (i < 0) { problem(site, rel, `scholar: citation_author "${a}" not shown in order near the title`); break; }
    at = i + family.length;
  }
  if (m.h1ToAuthors > 300) problem(site, rel, `scholar: the authors are ${Math.round(m.h1ToAuthors)} px below the title`);
  if (m.date.length !== 1) problem(site, rel, `scholar: ${m.date.length} citation_publication_date`);
  if (/\p{L}/u.test(m.venueShown) && m.journal.length + m.conference.length + m.dissertation.length + m.report.length + m.publisher.length === 0) {
    problem(site, rel, `scholar: the page shows the venue "${m.venueShown.slice(0, 60)}" but no tag names it`);
  }
  // The site's own address is the canonical link's, less the page's path.
  const siteBase = m.canonical.endsWith(rel.split(path.sep).join("/")) ? m.canonical.slice(0, m.canonical.length - rel.length) : "";
  for (const pdf of m.pdf) {
    if (!siteBase || !pdf.startsWith(siteBase)) problem(site, rel, `scholar: citation_pdf_url ${pdf} is not on the site ${siteBase}`);
    else if (!/\.pdf$/i.test(new URL(pdf).pathname) || !siteFile(dir, new URL(pdf).pathname.slice(new URL(siteBase).pathname.length))) {
      problem(site, rel, `scholar: citation_pdf_url ${pdf} names no PDF file of the site`);
    }
  }
  return true;
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  headless: true,
  protocolTimeout: 600000,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
console.log("| site | pages | paper pages with Scholar tags | problems |\n|---|---|---|---|");
const rows = [];
try {
  for (const [name, dirArg] of sites) {
    const dir = path.resolve(dirArg);
    const server = await serve(dir);
    const port = server.address().port;
    const all = htmlPages(dir);
    const checked = all.slice(0, maxPages);
    const before = problems.length;
    let papers = 0;
    const page = await browser.newPage();
    page.setDefaultNavigationTimeout(600000);
    for (const file of all) {
      const rel = path.relative(dir, file);
      const full = checked.includes(file);
      const httpUrl = `http://127.0.0.1:${port}${PREFIX}${rel.split(path.sep).map(encodeURIComponent).join("/")}`;
      for (const [mode, url] of [["http", httpUrl], ["file", pathToFileURL(file).href]]) {
        if (!full && mode === "file") continue;
        await page.setViewport({ width: 1280, height: 900 });
        const { requests, failed } = await loadAndWatch(page, url);
        if (!full) { if (await scholarMeta(page, name, rel, dir, httpUrl)) papers++; continue; }
        for (const r of requests) {
          const u = new URL(r);
          const own = mode === "file" ? u.protocol === "file:" : u.host === `127.0.0.1:${port}`;
          if (!own && u.protocol !== "data:") problem(name, rel, `${mode}: a request to another host: ${r.slice(0, 120)}`);
        }
        for (const f of failed) problem(name, rel, `${mode}: a request failed: ${f.slice(0, 160)}`);
        linkProblems(name, rel, await page.evaluate(NAMED), url, dir, mode);
        if (mode === "http") {
          if (await scholarMeta(page, name, rel, dir, httpUrl)) papers++;
          await page.setViewport({ width: 320, height: 640, isMobile: true, hasTouch: true });
          await page.reload({ waitUntil: "load" });
          await checkNarrow(page, name, rel);
          if (shots && /^(index\.html|publications\/index\.html|news\/index\.html)$/.test(rel)) {
            fs.mkdirSync(shots, { recursive: true });
            await page.screenshot({ path: path.join(shots, `${name}-${rel.replace(/[\/.]/g, "_")}-320.png`), fullPage: true })
              .catch((e) => console.log(`no screenshot of ${name} ${rel}: ${e.message}`));
          }
          await page.setViewport({ width: 1280, height: 900 });
          await page.reload({ waitUntil: "load" });
          await checkKeyboard(page, name, rel);
          if (/publications/.test(rel)) await checkFilterAndToggles(page, name, rel);
        }
      }
    }
    await page.close();
    server.close();
    rows.push(`| ${name} | ${checked.length} of ${all.length} | ${papers} | ${problems.length - before} |`);
    console.log(rows.at(-1));
  }
} finally {
  await browser.close();
}
console.log("\n| site | pages | paper pages with Scholar tags | problems |\n|---|---|---|---|\n" + rows.join("\n"));
process.exit(problems.length ? 1 : 0);
