package org.brandaward.notification;

/** A revocation ground (撤销依据) by its name, such as {@code FRAUD}, in the recipient's language. */
record GroundName(String ground) implements LocalisedFact {

    @Override
    public String key() {
        return "mail.ground." + ground;
    }

    @Override
    public String fallback() {
        return ground == null ? "" : ground;
    }
}
