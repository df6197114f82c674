package org.scholarfolio.lookup;

import java.util.List;
import org.scholarfolio.model.Publication;

/**
 * A publication as the services describe it, before it is merged into a portfolio, with what the
 * lookup noticed on the way (a second service that could not be asked, a published version).
 */
public record FetchedRecord(Identifier source, Publication publication, List<String> notes) {
    public FetchedRecord {
        notes = List.copyOf(notes);
    }
}
