package org.brandaward.certificate;

import java.time.LocalDate;

/** Published inside the revoking transaction: the title is withdrawn on {@code ground} by the decision {@code documentNumber}. */
public record TitleRevoked(long certificateId, long applicationId, String ground, String documentNumber, LocalDate decidedOn) {
}
