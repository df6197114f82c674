package org.scholarfolio.importer.alfolio;

import java.nio.file.Path;

/**
 * A file of the site to copy into the portfolio: {@code source} is absolute (or relative to the
 * working folder), {@code target} is relative to the portfolio folder, e.g. {@code assets/me.jpg}.
 */
public record AssetCopy(Path source, String target) {
}
