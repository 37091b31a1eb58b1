package org.brandaward.notification;

/** A fact of a mail that reads differently per language (a ground of revocation, a review stage). */
interface LocalisedFact {

    /** The message key of the fact's text; the fallback is shown when the bundles lack it. */
    String key();

    String fallback();
}
