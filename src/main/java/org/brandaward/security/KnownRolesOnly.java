package org.brandaward.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Deny by default for a service: a method without a {@code @PreAuthorize} of its own is open only to the six roles
 * and the engine, and its body then checks the condition (whose application, which region). Nobody signed in, an
 * unknown role or a role nobody granted is refused before the method runs. A method that grants fewer roles says so
 * with its own {@code @PreAuthorize}, which replaces this one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('APPLICANT', 'RECOMMENDER', 'EXPERT', 'OFFICE', 'COMMITTEE', 'ADMIN') or hasAuthority('ENGINE')")
public @interface KnownRolesOnly {
}
