package org.brandaward.application;

/**
 * Whether the signed-in expert may read an application: drawn for it and declared no conflict. Implemented by expert
 * review, which depends on applications; looked up lazily to keep the dependency one way.
 */
public interface ExpertAccess {

    boolean hasDeclared(long applicationId);
}
