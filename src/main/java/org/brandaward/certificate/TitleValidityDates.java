package org.brandaward.certificate;

import org.brandaward.security.KnownRolesOnly;
import org.brandaward.shared.ClockConfiguration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Date;

/**
 * The moments of the title-validity timers ({@code timeDate="${titleValidityDates.…}"}), read from the certificate
 * each time the process reaches a timer, so a re-check that extends the validity moves the next ones. A day here is a
 * day in Asia/Shanghai; a title is valid through its last day, so it expires at the start of the next.
 */
@Component("titleValidityDates")
@KnownRolesOnly
@Transactional(readOnly = true)
public class TitleValidityDates {

    private final CertificateRepository certificates;

    TitleValidityDates(CertificateRepository certificates) {
        this.certificates = certificates;
    }

    /** The start of the day {@code daysBefore} days before the validity's last day. */
    @PreAuthorize("hasAuthority('ENGINE')")
    public Date reminder(long certificateId, int daysBefore) {
        return startOf(validUntil(certificateId).minusDays(daysBefore));
    }

    /** The start of the day after the validity's last day. */
    @PreAuthorize("hasAuthority('ENGINE')")
    public Date expiry(long certificateId) {
        return startOf(validUntil(certificateId).plusDays(1));
    }

    /** The start of the day after the one the holder must have rectified by. */
    @PreAuthorize("hasAuthority('ENGINE')")
    public Date rectificationDue(long certificateId) {
        return startOf(certificates.findById(certificateId).orElseThrow().getRectifyBy().plusDays(1));
    }

    private LocalDate validUntil(long certificateId) {
        return certificates.findById(certificateId).orElseThrow().getValidUntil();
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ClockConfiguration.ZONE).toInstant());
    }
}
