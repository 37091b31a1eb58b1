package org.brandaward.application;

import java.time.Instant;

/**
 * One step in the life of an application as its applicant sees it: when, what, which role acted (never the
 * person: experts and officials stay anonymous to applicants) and any reason given. {@code role} is null for the system.
 */
public record TimelineEntry(Instant at, String action, String role, String detail) {
}
