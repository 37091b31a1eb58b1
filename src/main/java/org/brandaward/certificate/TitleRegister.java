package org.brandaward.certificate;

import org.brandaward.security.KnownRolesOnly;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The titles on record: the office's register of every certificate (称号管理, where a revocation review is opened), and
 * the public list of revoked ones (撤销公告), which shows only what the authority announces: number, holder, subject,
 * programme, ground, document number and date — never the office's reason.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class TitleRegister {

    static final int PAGE_SIZE = 50;
    static final int PAGE_SIZE_MAX = 500;
    /** The longest search text taken; longer input is cut, not refused. */
    static final int TEXT_MAX = 100;

    private final CertificateRepository certificates;

    TitleRegister(CertificateRepository certificates) {
        this.certificates = certificates;
    }

    /** 撤销公告: revoked titles of a programme ({@code programmeId} blank: of all), newest decision first; for everyone. */
    @PreAuthorize("permitAll()")
    public Page<CertificateRepository.TitleLine> revoked(String programmeId, int page) {
        return certificates.findRevoked(blankIfNull(programmeId), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    }

    /**
     * Every title of a programme (blank: of all) whose number, holder or subject contains {@code text}, a page of
     * {@code size} (at most {@value #PAGE_SIZE_MAX}); for the office.
     */
    @PreAuthorize("hasRole('OFFICE')")
    public Page<CertificateRepository.TitleLine> titles(String programmeId, String text, int page, int size) {
        String search = blankIfNull(text);
        return certificates.findTitles(blankIfNull(programmeId), search.length() > TEXT_MAX ? search.substring(0, TEXT_MAX) : search,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), PAGE_SIZE_MAX)));
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.strip();
    }
}
