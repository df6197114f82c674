// Compares Scholarfolio's BibTeX import (a JSON-lines dump written by BibtexComparisonDump) with
// @retorquere/bibtex-parser on the same folder of .bib files and prints the table of issue 17.
// Usage: node bibtex-compare.mjs PARSER_DIR BIB_FOLDER DUMP.jsonl [--list]
// PARSER_DIR is a folder where the parser was installed with npm; --list prints every disagreement.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const [parserDir, folder, dumpFile, listFlag] = process.argv.slice(2)
const { parse } = await import(pathToFileURL(join(parserDir, 'node_modules/@retorquere/bibtex-parser/dist/esm/index.js')))
const list = listFlag === '--list'

const norm = s => (s ?? '').normalize('NFKC')
  .replace(/<\/?[a-z][^<>]*>/gi, '')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  .replace(/\s+/g, ' ').trim()
const doiNorm = s => norm(s).replace(/\\([_%&#])/g, '$1').replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '').toLowerCase()
const yearOf = f => {
  const m = /^\s*\{?(\d{1,4})\b/.exec(f.year ?? '') ?? /^\s*(\d{4})/.exec(f.date ?? '')
  return m ? String(Number(m[1])) : ''
}
const familyOf = c => norm(c.name ?? [c.prefix, c.lastName].filter(Boolean).join(' '))
const hasMath = input => /\$|\\\(|\\ensuremath/.test(input ?? '')

const ours = new Map() // file -> publications
const fileStats = new Map()
for (const line of readFileSync(dumpFile, 'utf8').split('\n')) {
  if (!line) continue
  const o = JSON.parse(line)
  if ('key' in o) {
    if (!ours.has(o.file)) ours.set(o.file, [])
    ours.get(o.file).push(o)
  } else {
    fileStats.set(o.file, o)
  }
}

const t = { peer: 0, found: 0, titles: 0, titleSame: 0, years: 0, yearSame: 0, families: 0, familySame: 0, dois: 0, doiSame: 0, journals: 0, journalSame: 0 }
const say = (...a) => { if (list) console.log(...a) }
const files = readdirSync(folder).filter(f => f.toLowerCase().endsWith('.bib')).sort()
for (const file of files) {
  let lib
  try {
    lib = parse(readFileSync(join(folder, file), 'utf8').replace(/^\uFEFF/, ''), { english: false, sentenceCase: false, unsupported: 'ignore' })
  } catch (e) {
    say(`${file}: the peer failed: ${e.message}`)
    continue
  }
  const mine = ours.get(file) ?? []
  const byKey = new Map(mine.map(p => [p.key.toLowerCase(), p]))
  const peerKeys = new Set(lib.entries.map(e => e.key.toLowerCase()))
  const seen = new Map()
  const used = new Set()
  for (const e of lib.entries) {
    t.peer++
    const k = e.key.toLowerCase()
    const n = seen.get(k) ?? 0
    seen.set(k, n + 1)
    let p = k ? byKey.get(n === 0 ? k : `${k}-${n + 1}`) : undefined
    if (!k) { // no key: ours carries a generated one; find it by title among the unmatched
      p = mine.find(q => !used.has(q) && !peerKeys.has(q.key.toLowerCase()) && norm(q.title) === norm(e.fields.title))
    }
    if (!p) {
      say(`${file}: missing ${e.key || '(no key)'} ${e.type}`)
      continue
    }
    used.add(p)
    t.found++
    const f = e.fields
    if (f.title && !hasMath(e.input)) {
      t.titles++
      if (norm(f.title) === norm(p.title)) t.titleSame++
      else say(`${file} ${e.key}: title\n  peer: ${norm(f.title)}\n  ours: ${norm(p.title)}`)
    }
    const y = yearOf(f)
    if (y) {
      t.years++
      if (y === p.year) t.yearSame++
      else say(`${file} ${e.key}: year peer ${y} ours ${p.year}`)
    }
    ;(f.author ?? []).forEach((c, i) => {
      t.families++
      if (familyOf(c) === norm(p.families[i])) t.familySame++
      else say(`${file} ${e.key}: family peer ${familyOf(c)} ours ${p.families[i]}`)
    })
    const journal = f.journal ?? f.journaltitle
    if (journal) {
      t.journals++
      if (norm(journal) === norm(p.journal)) t.journalSame++
      else say(`${file} ${e.key}: journal\n  peer: ${norm(journal)}\n  ours: ${norm(p.journal)}`)
    }
    if (f.doi) {
      t.dois++
      if (doiNorm(f.doi) === doiNorm(p.doi)) t.doiSame++
      else say(`${file} ${e.key}: doi peer ${f.doi} ours ${p.doi}`)
    }
  }
}

let changed = 0, fields = 0, markup = 0, flattened = 0
const refused = [], crashed = []
for (const [file, s] of fileStats) {
  if (s.refused) refused.push(file)
  if (s.crashed) crashed.push(file)
  changed += s.fieldsChanged ?? 0
  fields += s.fields ?? 0
  markup += s.markupSource ?? 0
  flattened += s.markupFlattened ?? 0
}
const pct = (a, b) => b === 0 ? 'n/a' : `${(100 * a / b).toFixed(1)} %`
const num = n => n.toLocaleString('en-US')
console.log(`${files.length} files; refused: ${refused.length}${refused.length ? ` (${refused.join(', ')})` : ''}; crashed: ${crashed.length}`)
console.log('')
console.log('| measure (entries both found, matched by key) | Scholarfolio |')
console.log('|---|---|')
console.log(`| the peer's entries that end up as publications | ${num(t.found)} of ${num(t.peer)} (${pct(t.found, t.peer)}) |`)
console.log(`| title text after LaTeX → Unicode (math titles aside) | ${pct(t.titleSame, t.titles)} of ${num(t.titles)} |`)
console.log(`| year | ${pct(t.yearSame, t.years)} of ${num(t.years)} |`)
console.log(`| family names | ${pct(t.familySame, t.families)} of ${num(t.families)} |`)
console.log(`| journal (also biblatex's journaltitle) | ${pct(t.journalSame, t.journals)} of ${num(t.journals)} |`)
console.log(`| DOI | ${pct(t.doiSame, t.dois)} of ${num(t.dois)} |`)
console.log(`| export-bibtex → import: fields changed / markup flattened | ${num(changed)} of ${num(fields)} / ${num(flattened)} of ${num(markup)} fields |`)
