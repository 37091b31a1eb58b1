package org.brandaward.certificate;

/** Published inside the issuing transaction when a certificate is numbered and stored. */
public record CertificateIssued(long certificateId, long applicationId, String number) {
}
