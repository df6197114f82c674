// Opens every page of exported sites from file:// in Debian's Chromium (puppeteer-core) at 1280 and
// 375 px, light and dark: runs axe-core (WCAG 2.0/2.1 A and AA) on each and, with --shots DIR,
// screenshots the home page, the publication list and the first paper page into DIR.
//   node site-browser.mjs [--shots DIR] NAME=SITE_DIR ...
// Prints one row per site and view with pages checked and violations; exits 1 on any violation.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { htmlPages } from "./html-pages.mjs";

const require = createRequire(path.join(process.env.NODE_MODULES_DIR, "x.js"));
const puppeteer = require("puppeteer-core");
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const axeVersion = require("axe-core/package.json").version;

const args = process.argv.slice(2);
let shots = null;
if (args[0] === "--shots") { shots = args[1]; args.splice(0, 2); }
const sites = args.map((a) => a.split("="));

function shotPages(dir) {
  const pages = [["home", path.join(dir, "index.html")], ["publications", path.join(dir, "publications/index.html")]];
  const pubs = path.join(dir, "publications");
  if (fs.existsSync(pubs)) {
    // A paper's page is publications/<key>.html (a folder beside it holds its files).
    const paper = fs.readdirSync(pubs).filter((n) => n.endsWith(".html") && n !== "index.html").sort()[0];
    if (paper) pages.push(["paper", path.join(pubs, paper)]);
  }
  return pages.filter(([, p]) => fs.existsSync(p));
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"],
});
let violations = 0;
console.log(`axe-core ${axeVersion}, WCAG 2.0/2.1 A and AA`);
console.log("| site | view | pages | violations |\n|---|---|---|---|");
try {
  for (const [name, dir] of sites) {
    for (const width of [1280, 375]) {
      for (const scheme of ["light", "dark"]) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: width === 375 ? 812 : 900, isMobile: width === 375, hasTouch: width === 375 });
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
        const found = [];
        const all = htmlPages(dir);
        for (const file of all) {
          await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
          await page.evaluate(axeSource);
          const result = await page.evaluate(() => window.axe.run(document, {
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
          for (const v of result.violations) {
            for (const node of v.nodes) found.push(`${path.relative(dir, file)}: ${v.id} at ${node.target.join(" ")}`);
          }
        }
        if (shots) {
          for (const [kind, file] of shotPages(dir)) {
            await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
            const out = path.join(shots, `${name}-${kind}-${width}-${scheme}.png`);
            const height = await page.evaluate(() => document.documentElement.scrollHeight);
            await page.screenshot({ path: out, clip: { x: 0, y: 0, width, height: Math.min(height, width === 375 ? 1600 : 1800) },
              captureBeyondViewport: true });
          }
        }
        violations += found.length;
        console.log(`| ${name} | ${width} px ${scheme} | ${all.length} | ${found.length} |`);
        found.forEach((f) => console.error("  " + f));
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
process.exit(violations ? 1 : 0);
