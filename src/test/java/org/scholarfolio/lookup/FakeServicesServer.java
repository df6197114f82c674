package org.scholarfolio.lookup;

import java.io.IOException;

/**
 * {@link FakeServices} with its fixtures as a process of its own, for end-to-end runs of the packaged
 * app: prints {@code port N} on the first line, then serves until its standard input closes.
 */
public final class FakeServicesServer {
    private FakeServicesServer() {
    }

    public static void main(String[] args) throws IOException {
        try (FakeServices services = FakeServices.withFixtures()) {
            // OpenAlex also knows the sample's Turing paper and the arXiv preprint's own DOI.
            services.openAlexWork("10.1093/mind/LIX.236.433", """
                    {"id": "https://openalex.org/W1", "doi": "https://doi.org/10.1093/mind/lix.236.433",
                     "display_name": "Computing Machinery and Intelligence", "cited_by_count": 17322,
                     "primary_location": {"source": {"display_name": "Mind", "type": "journal"}}, "locations": []}""");
            services.openAlexWork("10.48550/arxiv.2101.00001", FakeServices.fixture("openalex-work.json"));
            System.out.println("port " + services.base().getPort());
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
