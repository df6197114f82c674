package org.scholarfolio.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.scholarfolio.files.ChangeCheck;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.CitationCount;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Photo;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationBadges;
import org.scholarfolio.model.OwnLink;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.SiteSettings;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.model.UnknownFields;

/**
 * A content key for each record of a portfolio: the same content gives the same key in every
 * process, and any change to any field (however deep) gives another, so a page can be kept when
 * the records it shows kept their keys. Records are walked component by component, each value
 * written with its kind and length so that no two contents spell the same bytes. Model records
 * are immutable, so the key of a record seen in the last export is taken by identity instead of
 * walking it again: after one edit in the editor only the edited record is walked.
 */
final class RecordKeys {
    private IdentityHashMap<Object, Long> previous = new IdentityHashMap<>();
    private IdentityHashMap<Object, Long> current = new IdentityHashMap<>();
    // Keys made of other keys and a page's address, by the address string's identity: the kept
    // views hand out the same strings export after export (two kinds, two maps).
    private final Derived ownPages = new Derived();
    private final Derived pages = new Derived();

    /** The key of {@code record}, remembered for the next export. */
    synchronized long of(Object record) {
        Long key = current.get(record);
        if (key == null) {
            key = previous.get(record);
            if (key == null) {
                key = keyOf(record);
            }
            current.put(record, key);
        }
        return key;
    }

    /** Starts the next export: only the records the last one asked about are remembered. */
    synchronized void nextExport() {
        previous = current;
        current = new IdentityHashMap<>();
        ownPages.nextExport();
        pages.nextExport();
    }

    /** {@code combine(siteKey, recordKey, text(address))}, the key of a record's own page. */
    synchronized long ownPage(long siteKey, long recordKey, String address) {
        long[] kept = ownPages.find(address);
        if (kept == null || kept[0] != siteKey || kept[1] != recordKey) {
            kept = new long[] {siteKey, recordKey, combine(siteKey, recordKey, text(address))};
        }
        ownPages.keep(address, kept);
        return kept[2];
    }

    /** {@code combine(key, text(path))}, a file's key from what it reads and its path. */
    synchronized long page(long key, String path) {
        long[] kept = pages.find(path);
        if (kept == null || kept[0] != key) {
            kept = new long[] {key, combine(key, text(path))};
        }
        pages.keep(path, kept);
        return kept[1];
    }

    /** The text key of a string, as {@link PageKeys} keys addresses: its UTF-8 bytes alone. */
    static long text(String s) {
        return new ChangeCheck().update(s.getBytes(StandardCharsets.UTF_8)).value();
    }

    /** Keys made from a string and other keys (those first, the key last), by the string's identity. */
    private static final class Derived {
        private IdentityHashMap<String, long[]> previous = new IdentityHashMap<>();
        private IdentityHashMap<String, long[]> current = new IdentityHashMap<>();

        void nextExport() {
            previous = current;
            current = new IdentityHashMap<>();
        }

        long[] find(String s) {
            long[] kept = current.get(s);
            return kept != null ? kept : previous.get(s);
        }

        void keep(String s, long[] kept) {
            current.put(s, kept);
        }
    }

    /** The key of any value tree of records, lists, maps and plain values. */
    static long keyOf(Object value) {
        KeyWriter out = new KeyWriter();
        out.write(value);
        return out.value();
    }

    /** Several keys, in order, as one. */
    static long combine(long... keys) {
        // One update of the check for all of them (the same bytes as one per key): the key of
        // everything combines 1,500 keys at 1,000 publications.
        byte[] bytes = new byte[8 * keys.length];
        for (int k = 0; k < keys.length; k++) {
            long key = keys[k];
            for (int i = 0; i < 8; i++) {
                bytes[8 * k + i] = (byte) (key >>> (8 * i));
            }
        }
        return new ChangeCheck().update(bytes).value();
    }

    /** What the walk needs of a record class, found once per class: reflection copies its components on every ask. */
    private record Shape(byte[] header, Method[] accessors) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                try {
                    accessors[i].setAccessible(true); // skips the access check on every call
                } catch (RuntimeException notOpen) {
                    // a record of a module that does not open it: the checked call still works
                }
            }
            return new Shape(RecordKeys.header("r", (type.getName() + "/" + components.length).getBytes(StandardCharsets.UTF_8)), accessors);
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    /** The kind of a plain value as the walk spells it, once per class. */
    private static final ClassValue<byte[]> KINDS = new ClassValue<>() {
        @Override
        protected byte[] computeValue(Class<?> type) {
            return (type.getSimpleName() + ":").getBytes(StandardCharsets.UTF_8);
        }
    };

    /** "kind:length:" followed by the bytes, as one array: a record's own header is the same every time. */
    private static byte[] header(String kind, byte[] bytes) {
        byte[] head = (kind + ":" + bytes.length + ":").getBytes(StandardCharsets.UTF_8);
        byte[] whole = Arrays.copyOf(head, head.length + bytes.length);
        System.arraycopy(bytes, 0, whole, head.length, bytes.length);
        return whole;
    }

    private static final byte[] NULL = header("n", new byte[0]);
    private static final byte[] MAP = "m:".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LIST = "l:".getBytes(StandardCharsets.UTF_8);

    /**
     * The components of the model records an export keys by the thousand (each publication, its
     * authors, each news item), and of those the site's key reads once (the profile, the site's
     * settings, the pages), in declaration order, read by their accessors; null for any other
     * record, which is read by reflection. Reflection's calls cost little, but past fifteen calls an
     * accessor becomes a generated class of its own: some forty classes defined, run and compiled in
     * every export. On Java 18 and later its first call makes a method handle of the accessor, which
     * spun classes on the main thread before the views started (session 33). {@code RecordKeysTest}
     * checks these lists against the records' components.
     */
    static Object[] modelComponents(Record r) {
        if (r instanceof Publication p) {
            return new Object[] {p.citationKey(), p.entryType(), p.authors(), p.andOthers(), p.year(), p.month(),
                p.selected(), p.bibtexShow(), p.texts(), p.links(), p.badges(), p.citations(), p.bibtexFields(),
                p.unknownFields()};
        } else if (r instanceof Author a) {
            return new Object[] {a.given(), a.von(), a.family(), a.jr(), a.equalContribution(), a.corresponding(),
                a.otherMarks(), a.url(), a.unknownFields()};
        } else if (r instanceof NewsItem n) {
            return new Object[] {n.id(), n.date(), n.title(), n.body(), n.inline(), n.unknownFields()};
        } else if (r instanceof NewsDate d) {
            return new Object[] {d.date(), d.time(), d.offset()};
        } else if (r instanceof UnknownFields u) {
            return new Object[] {u.values()};
        } else if (r instanceof PublicationLinks l) {
            return new Object[] {l.values(), l.own(), l.unknownFields()};
        } else if (r instanceof OwnLink o) {
            return new Object[] {o.label(), o.url(), o.unknownFields()};
        } else if (r instanceof PublicationBadges b) {
            return new Object[] {b.altmetric(), b.dimensions(), b.googleScholarId(), b.inspirehepId(), b.unknownFields()};
        } else if (r instanceof CitationCount c) {
            return new Object[] {c.count(), c.source(), c.fetched()};
        } else if (r instanceof Profile p) {
            return new Object[] {p.name(), p.nativeName(), p.position(), p.affiliation(), p.subtitle(), p.email(), p.photo(),
                p.addressLines(), p.bio(), p.socialLinks(), p.nameVariants(), p.unknownFields()};
        } else if (r instanceof PersonName n) {
            return new Object[] {n.first(), n.middle(), n.last(), n.unknownFields()};
        } else if (r instanceof Photo p) {
            return new Object[] {p.path(), p.align(), p.circular(), p.alt(), p.unknownFields()};
        } else if (r instanceof SocialLink l) {
            return new Object[] {l.kind(), l.value(), l.title(), l.url(), l.icon(), l.unknownFields()};
        } else if (r instanceof SiteSettings s) {
            return new Object[] {s.title(), s.baseUrl(), s.description(), s.language(), s.showNews(), s.newsLimit(),
                s.newsScrollable(), s.showSelectedPapers(), s.showMetricBadges(), s.showSocials(), s.footer(),
                s.showMadeWith(), s.embedHosts(), s.theme(), s.bibtexPreamble(), s.unknownFields()};
        } else if (r instanceof SiteSettings.Theme t) {
            return new Object[] {t.accentColor(), t.darkMode(), t.showDarkModeToggle(), t.unknownFields()};
        } else if (r instanceof Page p) {
            return new Object[] {p.slug(), p.title(), p.menuOrder(), p.inMenu(), p.body(), p.unknownFields()};
        }
        return null;
    }

    /**
     * Writes a value tree into one check: each value as {@code kind:length:bytes}, a record as its
     * class name and component count then its components, a map or list as its size then its items.
     */
    private static final class KeyWriter {
        private final ChangeCheck check = new ChangeCheck();
        /** "length:" of the text being written, digits reused between values. */
        private final byte[] scratch = new byte[24];
        // What is written, handed to the check a bufferful at a time: each update costs a call per
        // checksum, and a publication is a hundred short pieces (a kind, a length, a value).
        private final byte[] buffer = new byte[1024];
        private int buffered;

        /** The key of everything written. */
        long value() {
            flush();
            return check.value();
        }

        private void put(byte[] bytes) {
            put(bytes, 0, bytes.length);
        }

        private void put(byte[] bytes, int offset, int count) {
            if (count > buffer.length - buffered) {
                flush();
                if (count > buffer.length) {
                    check.update(bytes, offset, count);
                    return;
                }
            }
            System.arraycopy(bytes, offset, buffer, buffered, count);
            buffered += count;
        }

        private void flush() {
            check.update(buffer, 0, buffered);
            buffered = 0;
        }

        void write(Object value) {
            if (value == null) {
                put(NULL);
            } else if (value instanceof Record r) {
                Shape shape = SHAPES.get(r.getClass());
                put(shape.header());
                Object[] components = modelComponents(r);
                if (components != null) {
                    for (Object component : components) {
                        write(component);
                    }
                    return;
                }
                for (Method accessor : shape.accessors()) {
                    try {
                        write(accessor.invoke(r));
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException("cannot read " + accessor + " of " + r.getClass().getName(), e);
                    }
                }
            } else if (value instanceof Map<?, ?> map) {
                count(MAP, map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    write(e.getKey());
                    write(e.getValue());
                }
            } else if (value instanceof Collection<?> list) {
                count(LIST, list.size());
                for (Object item : list) {
                    write(item);
                }
            } else if (value instanceof Object[] array) {
                write(List.of(array));
            } else if (value instanceof String || value instanceof Number || value instanceof Boolean
                    || value instanceof Character || value instanceof Enum<?> || value instanceof java.time.temporal.TemporalAccessor
                    || value instanceof java.nio.file.Path || value instanceof java.net.URI) {
                byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
                put(KINDS.get(value.getClass()));
                lengthThenColon(bytes.length);
                put(bytes);
            } else {
                // A value kind this walk does not know might print the same for different contents.
                throw new IllegalArgumentException("no content key for a " + value.getClass().getName());
            }
        }

        /** A map's or list's header: its kind, then its size written as a text ("length:digits"). */
        private void count(byte[] kind, int size) {
            put(kind);
            int end = digitsInto(digits(size), 0);
            scratch[end++] = ':';
            end = digitsInto(size, end);
            put(scratch, 0, end);
        }

        private void lengthThenColon(int length) {
            int end = digitsInto(length, 0);
            scratch[end++] = ':';
            put(scratch, 0, end);
        }

        /** Writes a number's decimal digits at {@code at}, returning the index after them. */
        private int digitsInto(int number, int at) {
            int end = at + digits(number);
            for (int i = end - 1; i >= at; i--) {
                scratch[i] = (byte) ('0' + number % 10);
                number /= 10;
            }
            return end;
        }

        private static int digits(int number) {
            int digits = 1;
            while (number >= 10) {
                number /= 10;
                digits++;
            }
            return digits;
        }
    }
}
