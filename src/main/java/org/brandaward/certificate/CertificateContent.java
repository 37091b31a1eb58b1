package org.brandaward.certificate;

import java.time.LocalDate;

/**
 * What a certificate says; the renderer only lays it out.
 *
 * @param verifyUrl the signed address anyone can check the certificate at ({@code https://<host>/v/<payload>}), printed as a QR code
 */
public record CertificateContent(String number, String organisationName, String creditCode, String productName,
                                 String programmeName, String authority, LocalDate issuedOn, LocalDate validFrom,
                                 LocalDate validUntil, String verifyUrl) {
}
