package org.brandaward.shared;

import java.util.Arrays;

/**
 * A request the rules refuse. Carries a message key of {@code messages*.properties} so each user reads it
 * in their own language; the view translates it, the service never formats text.
 */
public class RuleViolationException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
