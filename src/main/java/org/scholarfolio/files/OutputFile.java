package org.scholarfolio.files;

/**
 * One file of an exported folder: its path relative to the folder (forward slashes) and its bytes.
 * {@code page} tells generated pages from copied assets in the report.
 */
public record OutputFile(String path, byte[] bytes, boolean page) {
}
