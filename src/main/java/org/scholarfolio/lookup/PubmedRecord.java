package org.scholarfolio.lookup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.UnknownFields;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * One {@code PubmedArticle} of NCBI E-utilities' {@code efetch} answer (PubMed XML) mapped onto a
 * publication: title, authors with ORCID iDs, journal, volume, issue, pages, date, abstract (with
 * its section labels), DOI, PMID, and the free full text at PubMed Central when there is one.
 */
final class PubmedRecord {
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private PubmedRecord() {
    }

    static Publication map(String xml, Identifier.Pubmed id) throws LookupException {
        String about = id.toString();
        Document doc;
        try {
            doc = SafeXml.parse(xml);
        } catch (SAXException e) {
            throw new LookupException(about, "PubMed's answer is not readable XML (" + e.getMessage() + ")");
        }
        Element set = doc.getDocumentElement();
        Element article = SafeXml.child(set, "PubmedArticle");
        if (article == null) {
            String error = SafeXml.text(SafeXml.child(set, "ERROR"));
            throw new LookupException(about, error.isEmpty() ? "PubMed knows no such article" : "PubMed: " + error,
                    LookupException.Kind.NOT_FOUND);
        }
        Element citation = SafeXml.child(article, "MedlineCitation");
        Element art = SafeXml.child(citation, "Article");
        Publication.Builder b = Publication.builder("", "article");
        try {
            b.title(ServiceMarkup.title(SafeXml.innerMarkup(SafeXml.child(art, "ArticleTitle"))).replaceFirst("\\.$", ""));
            b.abstractText(abstractText(SafeXml.child(art, "Abstract")));
        } catch (ServiceMarkup.ActiveMarkupException e) {
            throw new LookupException(about, "the record's text was refused: " + e.getMessage());
        }
        b.authors(authors(SafeXml.child(art, "AuthorList")));
        Element journal = SafeXml.child(art, "Journal");
        b.journal(SafeXml.text(SafeXml.child(journal, "Title")));
        Element issue = SafeXml.child(journal, "JournalIssue");
        b.volume(SafeXml.text(SafeXml.child(issue, "Volume"))).number(SafeXml.text(SafeXml.child(issue, "Issue")));
        b.pages(SafeXml.text(SafeXml.path(art, "Pagination", "MedlinePgn")).replaceAll("\\s*-\\s*", "--"));
        Element pubDate = SafeXml.child(issue, "PubDate");
        String year = SafeXml.text(SafeXml.child(pubDate, "Year"));
        if (year.isEmpty()) {
            year = SafeXml.text(SafeXml.child(pubDate, "MedlineDate")).replaceFirst("^(\\d{4}).*", "$1");
        }
        if (year.matches("\\d{4}")) {
            b.year(Integer.parseInt(year));
            b.month(month(SafeXml.text(SafeXml.child(pubDate, "Month"))));
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (Element e : SafeXml.children(SafeXml.path(article, "PubmedData", "ArticleIdList"), "ArticleId")) {
            ids.putIfAbsent(e.getAttribute("IdType"), SafeXml.text(e));
        }
        for (Element e : SafeXml.children(art, "ELocationID")) {
            if ("doi".equals(e.getAttribute("EIdType"))) {
                ids.putIfAbsent("doi", SafeXml.text(e));
            }
        }
        b.doi(ids.getOrDefault("doi", ""));
        String pmc = ids.getOrDefault("pmc", "");
        if (!pmc.isEmpty()) {
            b.links(PublicationLinks.NONE.with(LinkKind.HTML, "https://pmc.ncbi.nlm.nih.gov/articles/" + pmc + "/"));
        }
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("pmid", SafeXml.text(SafeXml.child(citation, "PMID")).isEmpty() ? id.value()
                : SafeXml.text(SafeXml.child(citation, "PMID")));
        if (!pmc.isEmpty()) {
            extra.put("pmcid", pmc);
        }
        b.bibtexFields(extra);
        return b.build();
    }

    private static String abstractText(Element abs) throws ServiceMarkup.ActiveMarkupException {
        List<String> parts = new ArrayList<>();
        for (Element t : SafeXml.children(abs, "AbstractText")) {
            String label = t.getAttribute("Label");
            String text = ServiceMarkup.paragraphs(SafeXml.innerMarkup(t));
            parts.add(label.isBlank() ? text : "**" + capitalised(label) + ":** " + text);
        }
        return String.join("\n\n", parts);
    }

    private static String capitalised(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        return l.isEmpty() ? l : Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }

    private static List<Author> authors(Element list) {
        List<Author> out = new ArrayList<>();
        for (Element a : SafeXml.children(list, "Author")) {
            String orcid = "";
            for (Element idElement : SafeXml.children(a, "Identifier")) {
                if ("ORCID".equalsIgnoreCase(idElement.getAttribute("Source"))) {
                    orcid = CslJsonRecord.orcidUrl(SafeXml.text(idElement));
                }
            }
            String family = SafeXml.text(SafeXml.child(a, "LastName"));
            if (family.isEmpty()) {
                family = SafeXml.text(SafeXml.child(a, "CollectiveName"));
            }
            if (family.isEmpty()) {
                continue;
            }
            out.add(new Author(SafeXml.text(SafeXml.child(a, "ForeName")), "", family,
                    SafeXml.text(SafeXml.child(a, "Suffix")), false, false, "", orcid, UnknownFields.NONE));
        }
        return out;
    }

    private static Integer month(String m) {
        if (m.matches("\\d{1,2}")) {
            int v = Integer.parseInt(m);
            return v >= 1 && v <= 12 ? v : null;
        }
        int i = m.length() >= 3 ? MONTHS.indexOf(m.substring(0, 3).toLowerCase(Locale.ROOT)) : -1;
        return i < 0 ? null : i + 1;
    }
}
