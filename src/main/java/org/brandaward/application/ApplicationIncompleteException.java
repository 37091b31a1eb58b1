package org.brandaward.application;

import org.brandaward.shared.RuleViolationException;

import java.util.List;

/** A submission refused because of the listed fields; nothing of it is stored. */
public class ApplicationIncompleteException extends RuleViolationException {

    private final transient List<FieldViolation> violations;

    ApplicationIncompleteException(List<FieldViolation> violations) {
        super("application.incomplete", violations.size());
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> getViolations() {
        return violations;
    }
}
