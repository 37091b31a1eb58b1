package org.brandaward.certificate;

import java.time.LocalDate;

/** Published when a title's validity ends in {@code daysLeft} days (90, then 30): the holder is reminded and invited to re-evaluation. */
public record TitleExpiryNear(long certificateId, long applicationId, LocalDate validUntil, int daysLeft) {
}
