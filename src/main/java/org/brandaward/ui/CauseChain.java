package org.brandaward.ui;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Frameworks wrap what a view or service threw: the exception to tell the user about lies somewhere along the causes. */
final class CauseChain {

    private CauseChain() {
    }

    /** The first exception from {@code thrown} down its causes that {@code wanted} accepts; a cycle ends the walk. */
    static Optional<Throwable> first(Throwable thrown, Predicate<Throwable> wanted) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            if (wanted.test(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
