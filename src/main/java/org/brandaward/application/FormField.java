package org.brandaward.application;

/**
 * One field of the application form: its name (the key of its value and of its label {@code field.<name>}), how it
 * is typed, and whether a submission needs it.
 */
public record FormField(String name, FieldType type, boolean required) {

    static FormField required(String name, FieldType type) {
        return new FormField(name, type, true);
    }

    static FormField optional(String name, FieldType type) {
        return new FormField(name, type, false);
    }
}
