package org.scholarfolio.model;

import java.util.List;

/**
 * Who the site is about. {@code bio} is Markdown exactly as the researcher wrote it; {@code subtitle}
 * and {@code addressLines} are short inline Markdown/HTML lines. {@code nameVariants} are the
 * spellings ("Yihua Zhang", "Y. Zhang") that mark the researcher in author lists.
 */
public record Profile(PersonName name, String nativeName, String position, String affiliation,
                      String subtitle, String email, Photo photo, List<String> addressLines,
                      String bio, List<SocialLink> socialLinks, List<String> nameVariants,
                      UnknownFields unknownFields) {

    public static final Profile EMPTY = new Profile(PersonName.EMPTY, "", "", "", "", "", null,
            List.of(), "", List.of(), List.of(), UnknownFields.NONE);

    public Profile {
        name = name == null ? PersonName.EMPTY : name;
        nativeName = Text.orEmpty(nativeName);
        position = Text.orEmpty(position);
        affiliation = Text.orEmpty(affiliation);
        subtitle = Text.orEmpty(subtitle);
        email = Text.orEmpty(email);
        addressLines = Text.listOf(addressLines);
        bio = Text.orEmpty(bio);
        socialLinks = Text.listOf(socialLinks);
        nameVariants = Text.listOf(nameVariants);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Copy-with-changes for a record with many components. */
    public static final class Builder {
        private PersonName name;
        private String nativeName;
        private String position;
        private String affiliation;
        private String subtitle;
        private String email;
        private Photo photo;
        private List<String> addressLines;
        private String bio;
        private List<SocialLink> socialLinks;
        private List<String> nameVariants;
        private UnknownFields unknownFields;

        private Builder(Profile p) {
            name = p.name;
            nativeName = p.nativeName;
            position = p.position;
            affiliation = p.affiliation;
            subtitle = p.subtitle;
            email = p.email;
            photo = p.photo;
            addressLines = p.addressLines;
            bio = p.bio;
            socialLinks = p.socialLinks;
            nameVariants = p.nameVariants;
            unknownFields = p.unknownFields;
        }

        public Builder name(PersonName v) { name = v; return this; }
        public Builder nativeName(String v) { nativeName = v; return this; }
        public Builder position(String v) { position = v; return this; }
        public Builder affiliation(String v) { affiliation = v; return this; }
        public Builder subtitle(String v) { subtitle = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder photo(Photo v) { photo = v; return this; }
        public Builder addressLines(List<String> v) { addressLines = v; return this; }
        public Builder bio(String v) { bio = v; return this; }
        public Builder socialLinks(List<SocialLink> v) { socialLinks = v; return this; }
        public Builder nameVariants(List<String> v) { nameVariants = v; return this; }
        public Builder unknownFields(UnknownFields v) { unknownFields = v; return this; }

        public Profile build() {
            return new Profile(name, nativeName, position, affiliation, subtitle, email, photo,
                    addressLines, bio, socialLinks, nameVariants, unknownFields);
        }
    }
}
