package org.scholarfolio.site;

/**
 * One file of the exported site: its path relative to the output folder (forward slashes) and its
 * bytes. {@code page} tells generated pages from copied assets in the report.
 */
record OutputFile(String path, byte[] bytes, boolean page) {
}
