package org.brandaward.notification;

/** A review stage ({@code DOCUMENT}, {@code SITE}) in the recipient's language. */
record StageName(String stage) implements LocalisedFact {

    @Override
    public String key() {
        return "mail.stage." + stage;
    }

    @Override
    public String fallback() {
        return stage;
    }
}
