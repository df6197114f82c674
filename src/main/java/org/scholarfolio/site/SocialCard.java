package org.scholarfolio.site;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * The picture a link to the site shows on social networks and in chats ({@code og:image}): a
 * 1200×630 PNG drawn at export with the JDK's 2D API (headless), the researcher's name large on
 * the accent colour, the subtitle under it. The large networks show raster images only.
 */
final class SocialCard {
    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final int MARGIN = 80;
    // The card's three faces, shared with prepare(), which readies exactly these. In a class of
    // their own: the favicon and a card from the cache ({@link CardCache}) load no 2D code.
    private static final class Faces {
        static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 96);
        static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 42);
        static final Font ADDRESS = new Font(Font.SANS_SERIF, Font.PLAIN, 30);
    }

    private SocialCard() {
    }

    static byte[] png(String name, String subtitle, String siteAddress, String accent) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x1b1f24));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.decode(expand(accent)));
            g.fillRect(0, 0, 24, HEIGHT);
            g.fillRect(MARGIN, HEIGHT - MARGIN - 6, 160, 6);

            int y = 150;
            g.setColor(Color.WHITE);
            Font nameFont = fitted(g, Faces.NAME, name, 2);
            for (String line : wrap(g.getFontMetrics(nameFont), name, 2)) {
                g.setFont(nameFont);
                y += g.getFontMetrics().getAscent();
                g.drawString(line, MARGIN, y);
                y += g.getFontMetrics().getDescent() + 8;
            }
            if (!subtitle.isBlank()) {
                g.setColor(new Color(0xc9d1d9));
                g.setFont(Faces.SUBTITLE);
                y += 24;
                for (String line : wrap(g.getFontMetrics(), subtitle, 3)) {
                    y += g.getFontMetrics().getAscent();
                    g.drawString(line, MARGIN, y);
                    y += g.getFontMetrics().getDescent() + 6;
                }
            }
            if (!siteAddress.isBlank()) {
                g.setColor(new Color(0x9aa5b1));
                g.setFont(Faces.ADDRESS);
                g.drawString(siteAddress, MARGIN + 190, HEIGHT - MARGIN + 4);
            }
        } finally {
            g.dispose();
        }
        return pngBytes(image);
    }

    /**
     * Readies the 2D API's first use (font configuration, the font files and their scaler, the PNG
     * writer): a sixth of a second of a cold process's time, spent here instead of in the card's page.
     */
    static void prepare() {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(Faces.NAME);
            g.drawString("Aa", 0, 1);
            g.setFont(Faces.SUBTITLE);
            g.drawString("Aa", 0, 1);
        } finally {
            g.dispose();
        }
        pngBytes(image);
    }

    private static byte[] pngBytes(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The largest size, down to half, at which the text fits in {@code lines} lines. */
    private static Font fitted(Graphics2D g, Font font, String text, int lines) {
        Font f = font;
        while (f.getSize() > font.getSize() / 2 && wrap(g.getFontMetrics(f), text, Integer.MAX_VALUE).size() > lines) {
            f = f.deriveFont((float) f.getSize() - 6);
        }
        return f;
    }

    /** Words in lines as wide as the card allows; text past the last line ends in "…". */
    private static List<String> wrap(FontMetrics metrics, String text, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= WIDTH - 2 * MARGIN || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, kept.get(maxLines - 1) + " …");
            return kept;
        }
        return lines;
    }

    /** The site's favicon: the initials in white on the accent colour, as a small SVG. */
    static byte[] faviconSvg(String initials, String accent) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"
                + "<rect width=\"64\" height=\"64\" rx=\"14\" fill=\"" + expand(accent) + "\"/>"
                + "<text x=\"32\" y=\"43\" font-family=\"system-ui,sans-serif\" font-size=\"" + (initials.length() > 1 ? 28 : 36)
                + "\" font-weight=\"700\" fill=\"#fff\" text-anchor=\"middle\">" + Feeds.xml(initials) + "</text></svg>\n";
        return svg.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** "#abc" as "#aabbcc"; the accent is already checked to be one of the two forms. */
    private static String expand(String color) {
        if (color.length() == 4) {
            return "#" + color.charAt(1) + color.charAt(1) + color.charAt(2) + color.charAt(2) + color.charAt(3) + color.charAt(3);
        }
        return color;
    }
}
