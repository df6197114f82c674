package org.scholarfolio.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The intrinsic size of an SVG file, from its root element's {@code width} and {@code height} (plain
 * numbers or px) or else its {@code viewBox}, so that an SVG photo gets width and height on the page
 * and does not shift the layout when it loads. Only the opening tag is read.
 */
final class SvgSize {

    private static final int HEAD_BYTES = 16 * 1024;
    private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?)";

    private SvgSize() {
    }

    /** {width, height} in CSS pixels, or null when the file is not an SVG whose size is stated. */
    static int[] of(Path file) {
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        Matcher root = ROOT.matcher(head);
        if (!root.find()) {
            return null;
        }
        String tag = root.group();
        Double width = length(tag, "width");
        Double height = length(tag, "height");
        if (width != null && height != null) {
            return size(width, height);
        }
        Matcher box = Pattern.compile("\\sviewBox\\s*=\\s*[\"']\\s*-?[0-9.]+[\\s,]+-?[0-9.]+[\\s,]+" + NUMBER
                + "[\\s,]+" + NUMBER + "\\s*[\"']").matcher(tag);
        return box.find() ? size(Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2))) : null;
    }

    private static Double length(String tag, String attribute) {
        Matcher m = Pattern.compile("\\s" + attribute + "\\s*=\\s*[\"']\\s*" + NUMBER + "\\s*(px)?\\s*[\"']").matcher(tag);
        return m.find() ? Double.parseDouble(m.group(1)) : null;
    }

    private static int[] size(double width, double height) {
        int w = (int) Math.round(width);
        int h = (int) Math.round(height);
        return w > 0 && h > 0 ? new int[] {w, h} : null;
    }
}
