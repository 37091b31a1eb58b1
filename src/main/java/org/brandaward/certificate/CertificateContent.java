package org.brandaward.certificate;

import org.brandaward.programme.ProgrammeDescriptor.Family;

import java.time.LocalDate;

/**
 * What a certificate says; the renderer only lays it out, with its family's template.
 *
 * @param title      the title as printed, worded by the tier where the programme has tiers ({@link CertificateTitle})
 * @param holderName the name printed for the holder: the organisation's name at issue or at the latest reissue
 * @param subject    the product, service or brand; for a person (个人申报) the person's name
 * @param individual whether a person is honoured (quality awards), {@code holderName} then being their organisation
 * @param edition    1 at issue, +1 per reissue after a change of name; {@code reissuedOn} the latest reissue's date
 * @param verifyUrl  the signed address anyone can check the certificate at ({@code https://<host>/v/<payload>}), printed as a QR code
 */
public record CertificateContent(Family family, String number, String title, String holderName, String creditCode,
                                 String subject, boolean individual, String authority, LocalDate issuedOn,
                                 LocalDate validFrom, LocalDate validUntil, int edition, LocalDate reissuedOn,
                                 String verifyUrl) {
}
