package org.scholarfolio.site;

import org.scholarfolio.model.Publication;

/** What a BibTeX entry type is to a reader and to the indexes: the site's tags and types follow it. */
enum EntryKind {
    ARTICLE, PAPER_IN_PROCEEDINGS, CHAPTER, BOOK, THESIS, REPORT, OTHER;

    static EntryKind of(Publication p) {
        return switch (p.entryType()) {
            case "article" -> ARTICLE;
            case "inproceedings", "conference", "proceedings" -> PAPER_IN_PROCEEDINGS;
            case "incollection", "inbook" -> CHAPTER;
            case "book", "booklet" -> BOOK;
            case "phdthesis", "mastersthesis", "thesis" -> THESIS;
            case "techreport", "report" -> REPORT;
            default -> OTHER;
        };
    }
}
