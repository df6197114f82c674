package org.scholarfolio.lookup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.PublicationLinks;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * One entry of the arXiv API's Atom feed ({@code /query?id_list=...}) mapped onto a publication:
 * title, authors, abstract, first-version date, arXiv id and primary category, the DOI and journal
 * reference when the authors added them, and the PDF (arXiv is open access).
 */
final class ArxivAtomRecord {
    private static final Pattern ABS_ID = Pattern.compile("arxiv\\.org/abs/(.+?)(v\\d+)?$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})-(\\d{2})");

    private ArxivAtomRecord() {
    }

    static Publication map(String xml, Identifier.Arxiv id) throws LookupException {
        String about = id.toString();
        Document doc;
        try {
            doc = SafeXml.parse(xml);
        } catch (SAXException e) {
            throw new LookupException(about, "arXiv's answer is not readable Atom (" + e.getMessage() + ")");
        }
        Element feed = doc.getDocumentElement();
        if (feed == null || !"feed".equals(SafeXml.local(feed))) {
            throw new LookupException(about, "arXiv's answer is not an Atom feed");
        }
        Element entry = SafeXml.child(feed, "entry");
        if (entry == null) {
            throw new LookupException(about, "arXiv knows no such paper", LookupException.Kind.NOT_FOUND);
        }
        String entryId = SafeXml.text(SafeXml.child(entry, "id"));
        if (entryId.contains("/api/errors")) {
            throw new LookupException(about, "arXiv refused the id: " + SafeXml.text(SafeXml.child(entry, "summary")),
                    LookupException.Kind.NOT_FOUND);
        }
        Matcher m = ABS_ID.matcher(entryId);
        String arxivId = m.find() ? m.group(1) : id.id();
        Publication.Builder b = Publication.builder("", "article");
        try {
            b.title(ServiceMarkup.title(SafeXml.innerMarkup(SafeXml.child(entry, "title"))));
            b.abstractText(ServiceMarkup.paragraphs(SafeXml.innerMarkup(SafeXml.child(entry, "summary")))
                    .replaceAll("(?<!\\n)\\n(?!\\n)", " "));
        } catch (ServiceMarkup.ActiveMarkupException e) {
            throw new LookupException(about, "the record's text was refused: " + e.getMessage());
        }
        if (b.build().title().isEmpty()) {
            throw new LookupException(about, "arXiv's answer has no title; it was not used");
        }
        List<Author> authors = new ArrayList<>();
        for (Element a : SafeXml.children(entry, "author")) {
            String name = SafeXml.text(SafeXml.child(a, "name"));
            if (!name.isEmpty()) {
                authors.add(PersonNames.split(name, ""));
            }
        }
        b.authors(authors);
        Matcher date = DATE.matcher(SafeXml.text(SafeXml.child(entry, "published")));
        if (date.find()) {
            b.year(Integer.parseInt(date.group(1))).month(Integer.parseInt(date.group(2)));
        }
        String journalRef = SafeXml.text(SafeXml.child(entry, "journal_ref"));
        b.journal(journalRef.isEmpty() ? "arXiv preprint arXiv:" + arxivId : journalRef);
        b.doi(SafeXml.text(SafeXml.child(entry, "doi")));
        b.arxiv(arxivId + id.version());
        Element primary = SafeXml.child(entry, "primary_category");
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("archiveprefix", "arXiv");
        if (primary != null && !primary.getAttribute("term").isBlank()) {
            b.text(PublicationField.PRIMARY_CLASS, primary.getAttribute("term").strip());
        }
        String comment = SafeXml.text(SafeXml.child(entry, "comment"));
        if (!comment.isEmpty()) {
            b.note(comment.replaceAll("\\s+", " "));
        }
        b.bibtexFields(extra);
        b.links(PublicationLinks.NONE.with(LinkKind.PDF, "https://arxiv.org/pdf/" + arxivId + id.version()));
        return b.build();
    }
}
