package org.scholarfolio.importer.bibtex;

/**
 * Times the import of a generated 5,000-entry al-folio bibliography. Run it by hand:
 * {@code java -cp target/classes:target/test-classes:<deps> org.scholarfolio.importer.bibtex.BibtexImportBenchmark}.
 * Not a test: wall-clock numbers depend on the machine.
 */
public final class BibtexImportBenchmark {

    private BibtexImportBenchmark() {
    }

    /** {@code [entries] [--write FILE]}: with --write, only writes the generated file (for the CLI benchmark). */
    public static void main(String[] args) throws java.io.IOException {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        String source = generate(entries);
        if (args.length > 2 && args[1].equals("--write")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(args[2]), source);
            return;
        }
        BibtexImporter importer = new BibtexImporter();
        long coldStart = System.nanoTime();
        importer.read(source, "bench.bib"); // what a user sees: one import in a fresh JVM
        System.out.printf("cold first import: %.1f ms%n", (System.nanoTime() - coldStart) / 1e6);
        for (int i = 0; i < 5; i++) { // warm-up
            importer.read(source, "bench.bib");
        }
        int runs = 10;
        long best = Long.MAX_VALUE;
        long total = 0;
        int imported = 0;
        int warnings = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            BibtexImportResult r = importer.read(source, "bench.bib");
            long elapsed = System.nanoTime() - start;
            best = Math.min(best, elapsed);
            total += elapsed;
            imported = r.publications().size();
            warnings = r.warnings().size();
        }
        System.out.printf("%d entries (%,d chars) -> %d publications, %d warnings: best %.1f ms, mean %.1f ms over %d runs%n",
                entries, source.length(), imported, warnings, best / 1e6, total / 1e6 / runs, runs);
    }

    static String generate(int n) {
        StringBuilder sb = new StringBuilder("---\n---\n\n@string{aps = {American Physical Society}}\n\n");
        for (int i = 0; i < n; i++) {
            sb.append(i % 7 == 0 ? "@ARTICLE{" : "@inproceedings{").append("paper").append(i).append(":2020/x,\n")
                    .append("  abbr = {ICML},\n")
                    .append("  title = {{BERT} and M{\\\"u}ller's $\\ell_1$ Study of Stra\\ss e -- part ").append(i).append("},\n")
                    .append("  author = {Einstein*, Albert and Jos{\\'e} Garc{\\'\\i}a\\dagger{} and van der Berg, Jr, Pieter and others},\n")
                    .append("  booktitle = {Proceedings of the International Conference on Machine Learning},\n")
                    .append("  publisher = aps,\n")
                    .append("  year = {").append(1990 + i % 35).append("},\n")
                    .append("  month = ").append(i % 2 == 0 ? "mar" : "{May}").append(",\n")
                    .append("  pages = {").append(i).append("--").append(i + 9).append("},\n")
                    .append("  doi = {https://doi.org/10.1000/").append(i).append("},\n")
                    .append("  abstract = {We study \\emph{sparse} models with {GPU}s; accuracy improves by 5\\% on average.},\n")
                    .append("  pdf = {paper").append(i).append(".pdf},\n")
                    .append("  code = {https://github.com/example/repo").append(i).append("},\n")
                    .append("  selected = {").append(i % 3 == 0).append("},\n")
                    .append("  bibtex_show = {true},\n")
                    .append("  series = {PMLR},\n")
                    .append("}\n\n");
        }
        return sb.toString();
    }
}
