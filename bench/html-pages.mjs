// The .html files under a folder, depth first, sorted: the pages of an exported site, for the
// browser checks (site-browser.mjs, site-visitor.mjs).
import fs from "node:fs";
import path from "node:path";

export function htmlPages(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlPages(p));
    else if (entry.name.endsWith(".html")) out.push(p);
  }
  return out.sort();
}
