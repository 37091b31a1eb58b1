package org.brandaward.application;

/** How a form field is typed in and checked. */
public enum FieldType {
    /** One line, at most {@link ApplicationForm#TEXT_MAX} characters. */
    TEXT,
    /** Several paragraphs, at most {@link ApplicationForm#LONG_TEXT_MAX} characters. */
    LONG_TEXT,
    /** A calendar year, not after the round's year. */
    YEAR,
    /** A count, zero or more. */
    WHOLE_NUMBER,
    /** A declaration answered 是 / 否. */
    YES_NO
}
