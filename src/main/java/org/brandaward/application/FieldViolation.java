package org.brandaward.application;

/** One field that stops a submission, and the message key of the rule it breaks. */
public record FieldViolation(String field, String messageKey) {
}
