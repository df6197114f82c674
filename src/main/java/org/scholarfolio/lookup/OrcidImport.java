package org.scholarfolio.lookup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scholarfolio.model.Doi;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationLinks;

/**
 * A researcher's works from ORCID, each completed from its DOI (else its arXiv or PubMed id), with a
 * preprint and its published version offered as one record: the published one, carrying the
 * preprint's arXiv id and PDF. A work whose identifier a service does not know is taken as ORCID
 * lists it, with a warning; a service that cannot be reached stops the whole import.
 */
public final class OrcidImport {
    private final RecordLookup lookup;

    public OrcidImport(RecordLookup lookup) {
        this.lookup = lookup;
    }

    /** The records, in the order ORCID lists them, and what was noticed on the way. */
    public record Result(List<Publication> publications, List<String> warnings) {
        public Result {
            publications = List.copyOf(publications);
            warnings = List.copyOf(warnings);
        }
    }

    public Result fetch(OrcidId orcid, ProgressListener progress) throws LookupException, InterruptedException {
        String about = orcid.toString();
        var list = lookup.json(ServiceUrls.resolve(lookup.urls().orcid(), "/" + orcid.value() + "/works"),
                "application/vnd.orcid+json", RecordLookup.RECORD_AGE, about, "ORCID");
        List<OrcidWorks.Work> works = OrcidWorks.read(list, about);
        List<String> warnings = new ArrayList<>();
        List<Publication> records = new ArrayList<>();
        List<Boolean> preprint = new ArrayList<>();
        for (int i = 0; i < works.size(); i++) {
            OrcidWorks.Work w = works.get(i);
            progress.progress(i, works.size(), w.title());
            Publication p = complete(w, warnings);
            if (p != null) {
                records.add(p);
                preprint.add(w.isPreprint());
            }
        }
        progress.progress(works.size(), works.size(), "");
        return new Result(joinVersions(records, preprint, warnings), warnings);
    }

    private Publication complete(OrcidWorks.Work w, List<String> warnings) throws LookupException, InterruptedException {
        String id = !w.doi().isEmpty() && !new Doi(w.doi()).isArxiv() ? "doi:" + w.doi()
                : !w.arxiv().isEmpty() ? "arxiv:" + w.arxiv()
                : !w.doi().isEmpty() ? "doi:" + w.doi()
                : !w.pmid().isEmpty() ? "pmid:" + w.pmid() : "";
        if (id.isEmpty()) {
            warnings.add("\"" + w.title() + "\" has no DOI, arXiv or PubMed id in ORCID; taken as ORCID lists it");
            return fromSummary(w);
        }
        try {
            FetchedRecord r = lookup.fetch(Identifier.parse(id));
            r.notes().forEach(n -> warnings.add(id + ": " + n));
            return r.publication();
        } catch (IllegalArgumentException malformed) {
            warnings.add(id + " in ORCID is malformed (" + malformed.getMessage() + "); taken as ORCID lists it");
            return fromSummary(w);
        } catch (LookupException e) {
            switch (e.kind()) {
                case UNAVAILABLE -> throw e;
                case NOT_FOUND -> {
                    warnings.add(e.getMessage() + "; taken as ORCID lists it");
                    return fromSummary(w);
                }
                default -> {
                    warnings.add(e.getMessage() + "; left out");
                    return null;
                }
            }
        }
    }

    private static Publication fromSummary(OrcidWorks.Work w) {
        String type = switch (w.type()) {
            case "journal-article" -> "article";
            case "conference-paper" -> "inproceedings";
            case "book" -> "book";
            case "book-chapter" -> "incollection";
            case "dissertation-thesis" -> "phdthesis";
            case "report" -> "techreport";
            default -> "misc";
        };
        String title;
        try {
            title = ServiceMarkup.title(w.title());
        } catch (ServiceMarkup.ActiveMarkupException e) {
            title = org.jsoup.Jsoup.parse(w.title()).text();
        }
        Publication.Builder b = Publication.builder("", type).title(title).year(w.year()).doi(w.doi()).arxiv(w.arxiv());
        if (type.equals("inproceedings")) {
            b.booktitle(w.journal());
        } else {
            b.journal(w.journal());
        }
        return b.build();
    }

    /**
     * A preprint and a published record with the same title (or the published record naming the
     * preprint's arXiv id) become the published record, completed with the arXiv id and PDF.
     */
    private static List<Publication> joinVersions(List<Publication> records, List<Boolean> preprint, List<String> warnings) {
        Map<String, Integer> published = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            if (!preprint.get(i)) {
                if (!records.get(i).title().isBlank()) {
                    published.putIfAbsent(VersionKeys.title(records.get(i).title()), i);
                }
                if (!records.get(i).arxiv().isEmpty()) {
                    published.putIfAbsent("arxiv:" + VersionKeys.arxiv(records.get(i).arxiv()), i);
                }
            }
        }
        List<Publication> out = new ArrayList<>(records);
        List<Integer> dropped = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (!preprint.get(i)) {
                continue;
            }
            Publication pre = records.get(i);
            Integer target = published.get("arxiv:" + VersionKeys.arxiv(pre.arxiv()));
            if (target == null || pre.arxiv().isEmpty()) {
                target = published.get(VersionKeys.title(pre.title()));
            }
            if (target == null) {
                continue;
            }
            Publication pub = out.get(target);
            Publication.Builder b = pub.toBuilder();
            if (pub.arxiv().isEmpty()) {
                b.arxiv(pre.arxiv());
            }
            if (pub.links().pdf().isEmpty() && !pre.links().pdf().isEmpty()) {
                b.links(pub.links().with(LinkKind.PDF, pre.links().pdf()));
            }
            out.set(target, b.build());
            dropped.add(i);
            warnings.add("preprint " + (pre.arxiv().isEmpty() ? "\"" + pre.title() + "\"" : "arxiv:" + pre.arxiv())
                    + " and its published version " + (pub.doi().isEmpty() ? "" : "doi:" + pub.doi())
                    + " are offered as one record");
        }
        List<Publication> result = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (!dropped.contains(i)) {
                result.add(out.get(i));
            }
        }
        return result;
    }
}
