package org.brandaward.notification;

/** A mail's text in the recipient's language. */
record RenderedMail(String subject, String body) {
}
