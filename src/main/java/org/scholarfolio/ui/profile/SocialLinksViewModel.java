package org.scholarfolio.ui.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.beans.property.StringProperty;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.SocialKind;
import org.scholarfolio.model.ProfileField;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.RecordListViewModel;

/** The profile's row of social links: known services by id, or custom links with their own address. */
public final class SocialLinksViewModel extends RecordListViewModel<SocialLink> {
    private final StringProperty kind;
    private final StringProperty value;
    private final StringProperty title;
    private final StringProperty url;
    private final StringProperty icon;

    public SocialLinksViewModel(EditorViewModel editor) {
        super(editor, ProfileField.SOCIAL_LINKS.path(), p -> p.profile().socialLinks(),
                (Portfolio p, List<SocialLink> links) -> p.withProfile(p.profile().toBuilder().socialLinks(links).build()));
        kind = text("kind", SocialLink::kind, (s, v) -> new SocialLink(v, s.value(), s.title(), s.url(), s.icon(), s.unknownFields()));
        value = text("value", SocialLink::value, (s, v) -> new SocialLink(s.kind(), v, s.title(), s.url(), s.icon(), s.unknownFields()));
        title = text("title", SocialLink::title, (s, v) -> new SocialLink(s.kind(), s.value(), v, s.url(), s.icon(), s.unknownFields()));
        url = text("url", SocialLink::url, (s, v) -> new SocialLink(s.kind(), s.value(), s.title(), v, s.icon(), s.unknownFields()));
        icon = text("icon", SocialLink::icon, (s, v) -> new SocialLink(s.kind(), s.value(), s.title(), s.url(), v, s.unknownFields()));
    }

    private StringProperty text(String field, Function<SocialLink, String> get,
                                BiFunction<SocialLink, String, SocialLink> set) {
        return detailText(field, get, set);
    }

    /** The kinds a link can have, known services first, as stored keys. */
    public static List<String> kinds() {
        List<String> keys = new ArrayList<>();
        for (SocialKind k : SocialKind.values()) {
            keys.add(k.key());
        }
        keys.add(SocialLink.CUSTOM);
        return keys;
    }

    /** How a kind key reads in the editor. */
    public static String kindLabel(String key) {
        return SocialKind.ofKey(key).map(SocialKind::label).orElse("Custom link");
    }

    public void addLink() {
        add(SocialLink.of(SocialKind.EMAIL, ""));
    }

    public StringProperty kindProperty() { return kind; }
    public StringProperty valueProperty() { return value; }
    public StringProperty titleProperty() { return title; }
    public StringProperty urlProperty() { return url; }
    public StringProperty iconProperty() { return icon; }
}
