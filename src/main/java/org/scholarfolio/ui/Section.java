package org.scholarfolio.ui;

import java.util.function.ToIntFunction;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.scholarfolio.model.Portfolio;

/** The sidebar's entries; list sections show how many records they hold. */
public enum Section {
    PROFILE("Profile", MaterialDesignA.ACCOUNT_OUTLINE, null),
    NEWS("News", MaterialDesignN.NEWSPAPER_VARIANT_OUTLINE, p -> p.news().size()),
    PUBLICATIONS("Publications", MaterialDesignB.BOOKSHELF, p -> p.publications().size()),
    PAGES("Pages", MaterialDesignF.FILE_DOCUMENT_MULTIPLE_OUTLINE, p -> p.pages().size()),
    SITE("Site", MaterialDesignW.WEB, null);

    private final String label;
    private final Ikon icon;
    private final ToIntFunction<Portfolio> count;

    Section(String label, Ikon icon, ToIntFunction<Portfolio> count) {
        this.label = label;
        this.icon = icon;
        this.count = count;
    }

    public String label() {
        return label;
    }

    public Ikon icon() {
        return icon;
    }

    /** The count shown in the sidebar, or empty for sections that are a single form. */
    public String countText(Portfolio p) {
        return count == null ? "" : org.scholarfolio.model.Text.number(count.applyAsInt(p));
    }
}
