package org.scholarfolio.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.markdown.LinkRewriter;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.markdown.RenderedMarkdown;
import org.scholarfolio.model.Photo;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.SiteSettings;
import org.scholarfolio.model.SocialKind;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.site.Views.Link;
import org.scholarfolio.site.Views.NewsView;
import org.scholarfolio.site.Views.PublicationView;
import org.scholarfolio.site.Views.SocialView;

/** The about page: name, photo, bio, latest news, selected papers and the social row. */
final class Home {
    private final Map<String, Object> model = new HashMap<>();
    final boolean math;

    /**
     * {@code news}: the dated news items newest first, at least as many as the page lists;
     * {@code newsCount}: how many dated items the site has (more than the page lists: a link to them all).
     */
    Home(Profile profile, MarkdownRenderer markdown, LinkRewriter links, SiteAssets assets, List<Diagnostic> warnings,
         List<PublicationView> selectedPublications, List<NewsView> news, int newsCount, SiteSettings site, String baseUrl) {
        boolean m = false;
        model.put("firstName", profile.name().first().strip());
        model.put("restName", (profile.name().middle().strip() + " " + profile.name().last().strip()).strip());
        model.put("nativeName", profile.nativeName().strip());
        model.put("nativeNameLang", languageOfScript(profile.nativeName()));

        // Position and affiliation under the name: what a person fills in first shows on the page.
        String position = profile.position().strip();
        String affiliation = profile.affiliation().strip();
        model.put("role", position.isEmpty() || affiliation.isEmpty() ? position + affiliation : position + ", " + affiliation);
        RenderedMarkdown subtitle = markdown.renderInline(profile.subtitle(), links);
        model.put("subtitleHtml", subtitle.html());
        List<String> address = new ArrayList<>();
        for (String line : profile.addressLines()) {
            RenderedMarkdown r = markdown.renderInline(line, links);
            if (PageHead.showsText(r.html())) {
                address.add(r.html());
            }
            m |= r.containsMath();
        }
        model.put("addressHtml", address);
        RenderedMarkdown bio = markdown.render(profile.bio(), links, true);
        model.put("bioHtml", bio.html());
        m |= subtitle.containsMath() || bio.containsMath();

        model.put("photo", photo(profile.photo(), profile, assets, warnings));

        List<NewsView> latest = site.showNews()
                ? news.subList(0, Math.min(news.size(), site.newsLimit() <= 0 ? news.size() : site.newsLimit()))
                : List.of();
        model.put("news", latest);
        model.put("moreNews", latest.size() < newsCount);
        model.put("newsScrollable", site.newsScrollable());
        m |= latest.stream().anyMatch(NewsView::math);

        List<PublicationView> selected = site.showSelectedPapers()
                ? selectedPublications : List.of();
        model.put("selected", selected);
        m |= selected.stream().anyMatch(PublicationView::math);

        Set<String> icons = new LinkedHashSet<>();
        List<SocialView> socials = new ArrayList<>();
        if (site.showSocials()) {
            for (int i = 0; i < profile.socialLinks().size(); i++) {
                social(profile.socialLinks().get(i), "profile.socialLinks[" + i + "]", assets, warnings)
                        .ifPresent(s -> {
                            socials.add(s);
                            icons.add(s.iconId().substring(2).replaceFirst("-", "/"));
                        });
            }
        }
        model.put("socials", socials);
        model.put("sprite", IconSprite.build(icons));
        model.put("personJsonLd", personJsonLd(profile, socials, baseUrl));
        model.put("math", m);
        this.math = m;
    }

    /**
     * The language a name in another script is most likely in, for screen readers and fonts:
     * kana is Japanese, Hangul Korean, Han alone Chinese; "" when the script does not tell.
     */
    static String languageOfScript(String name) {
        boolean han = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                return "ja";
            }
            if (script == Character.UnicodeScript.HANGUL) {
                return "ko";
            }
            han |= script == Character.UnicodeScript.HAN;
            i += Character.charCount(c);
        }
        return han ? "zh" : "";
    }

    Map<String, Object> model() {
        return model;
    }

    private static Map<String, Object> photo(Photo photo, Profile profile, SiteAssets assets, List<Diagnostic> warnings) {
        Map<String, Object> view = new HashMap<>();
        view.put("src", "");
        if (photo == null || photo.path().isBlank()) {
            return view;
        }
        Optional<String> path = assets.localFile(photo.path(), "profile.photo");
        if (path.isEmpty()) {
            return view;
        }
        view.put("src", SiteAssets.encodePath(path.get()));
        view.put("alt", photo.alt().isBlank() ? profile.name().display() : photo.alt());
        view.put("align", photo.align().name().toLowerCase(java.util.Locale.ROOT));
        view.put("circular", photo.circular());
        Path source = assets.sourceOf(path.get());
        int[] size = imageSize(source);
        view.put("width", size == null ? "" : Integer.toString(size[0]));
        view.put("height", size == null ? "" : Integer.toString(size[1]));
        // Written out, not ifPresent(warnings::add): every export would make that method reference's class.
        Optional<Diagnostic> heavy = heavyPhoto(path.get(), source, size);
        if (heavy.isPresent()) {
            warnings.add(heavy.get());
        }
        return view;
    }

    /** A photo file larger than this is told of: the page shows it a few hundred pixels wide. */
    static final long HEAVY_PHOTO_BYTES = 1_000_000;

    /**
     * A camera's photo chosen as it came (seen: 7.8 MB, 6,000 × 4,000 pixels) is copied whole, and every
     * visitor's browser loads all of it for a picture the page shows a few hundred pixels wide, in a site
     * whose pages weigh a few kilobytes. Said, with the size, so that a smaller copy can be chosen.
     */
    static Optional<Diagnostic> heavyPhoto(String path, Path source, int[] size) {
        long bytes;
        try {
            bytes = source == null ? 0 : Files.size(source);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (bytes <= HEAVY_PHOTO_BYTES) {
            return Optional.empty();
        }
        String megabytes = String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
        String pixels = size == null ? "" : String.format(java.util.Locale.ROOT, ", %,d \u00d7 %,d pixels", size[0], size[1]);
        return Optional.of(Diagnostic.warning(FieldPath.parse("profile.photo"), path + " is " + megabytes + pixels
                + ": every visitor downloads all of it for a picture the page shows a few hundred pixels wide;"
                + " a copy about 800 pixels wide is a small part of that (save one and choose it)"));
    }

    /** The width and height of a raster image file or an SVG that states them, else null. */
    static int[] imageSize(Path file) {
        if (file == null) {
            return null;
        }
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            return SvgSize.of(file);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Looks up the first social link's icon, whose look-up opens the icons' jar (a fresh process's
     * first look cost ~5 ms), so that the page's own look-ups, after the views, find it open.
     */
    static void lookUpAnIcon(Profile profile, SiteSettings site) {
        if (site.showSocials() && !profile.socialLinks().isEmpty()) {
            IconSprite.load(profile.socialLinks().get(0).iconName());
        }
    }

    private static Optional<SocialView> social(SocialLink link, String record, SiteAssets assets, List<Diagnostic> warnings) {
        String icon = link.iconName();
        if (IconSprite.load(icon).isEmpty()) {
            warnings.add(Diagnostic.warning(FieldPath.parse(record), "no Font Awesome icon \"" + icon + "\"; using solid/link"));
            icon = "solid/link";
        }
        String id = IconSprite.symbolId(icon);
        Optional<SocialKind> kind = link.knownKind();
        if (kind.isPresent() && kind.get() == SocialKind.RSS_ICON) {
            return Optional.of(new SocialView(link.label(), id, new Link(link.label(), "feed.xml", true), ""));
        }
        if (kind.isPresent() && kind.get() == SocialKind.WECHAT_USERNAME) {
            return Optional.of(new SocialView(link.label(), id, null, link.value().strip()));
        }
        Optional<String> href = link.href();
        if (href.isEmpty()) {
            warnings.add(Diagnostic.warning(FieldPath.parse(record), "the " + link.label() + " link has no address; it is left out"));
            return Optional.empty();
        }
        return assets.resolve(link.label(), href.get(), record)
                .map(l -> new SocialView(link.label(), id, l, ""));
    }

    private static String personJsonLd(Profile profile, List<SocialView> socials, String baseUrl) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@context", "https://schema.org");
        person.put("@type", "Person");
        person.put("name", profile.name().display());
        if (!profile.nativeName().isBlank()) {
            person.put("alternateName", profile.nativeName().strip());
        }
        if (!profile.position().isBlank()) {
            person.put("jobTitle", profile.position().strip());
        }
        if (!profile.affiliation().isBlank()) {
            person.put("affiliation", JsonText.object("@type", "Organization", "name", profile.affiliation().strip()));
        }
        if (!baseUrl.isEmpty()) {
            person.put("url", baseUrl);
        }
        List<String> sameAs = socials.stream().filter(s -> s.link() != null && !s.link().local()
                && s.link().href().startsWith("http")).map(s -> s.link().href()).toList();
        if (!sameAs.isEmpty()) {
            person.put("sameAs", sameAs);
        }
        return JsonText.write(person);
    }
}
