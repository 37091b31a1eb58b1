package org.brandaward.certificate;

import java.time.LocalDate;

/** What a certificate says; the renderer only lays it out. */
public record CertificateContent(String number, String organisationName, String creditCode, String productName,
                                 String programmeName, String authority, LocalDate issuedOn, LocalDate validFrom,
                                 LocalDate validUntil) {
}
