package org.brandaward.certificate;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

import java.util.Optional;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByApplicationId(long applicationId);

    Optional<Certificate> findByNumber(String number);

    /** The certificate, its row locked until the transaction ends: two officials reissuing at once take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Certificate c where c.applicationId = :applicationId")
    Optional<Certificate> findLockedByApplicationId(long applicationId);

    /** The public facts of a certificate's holder and programme. */
    interface Holder {
        String getOrganisationName();

        String getCreditCode();

        String getProgrammeId();
    }

    @Query(value = """
            select o.name as organisationName, o.credit_code as creditCode, r.programme_id as programmeId
            from application a
            join organisation o on o.id = a.organisation_id
            join round r on r.id = a.round_id
            where a.id = :applicationId""", nativeQuery = true)
    Optional<Holder> findHolder(long applicationId);

    @Query(value = """
            select c.* from certificate c
            join application a on a.id = c.application_id
            join organisation o on o.id = a.organisation_id
            where o.credit_code = :creditCode and c.revoked_on is null and c.title_state = 'ACTIVE'
              and (c.valid_until is null or c.valid_until >= :today)""", nativeQuery = true)
    List<Certificate> findValidByCreditCode(String creditCode, LocalDate today);

    /** The certificate with its row locked until the transaction ends: two revocation reviews never both revoke. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Certificate c where c.applicationId = :applicationId")
    Optional<Certificate> findByApplicationIdForUpdate(long applicationId);

    /** A title as the revocation list and the office's register of titles show it. */
    interface TitleLine {
        long getApplicationId();

        String getNumber();

        String getOrganisationName();

        /** The product, service or brand, or the individual's name. */
        String getSubject();

        String getProgrammeId();

        LocalDate getIssuedOn();

        LocalDate getValidUntil();

        LocalDate getRevokedOn();

        String getRevocationGround();

        String getRevocationDocumentNumber();
    }

    String TITLE_LINE = """
            select c.application_id as applicationId, c.number as number, c.holder_name as organisationName,
                   coalesce(a.product_name, a.details ->> 'personName') as subject, r.programme_id as programmeId,
                   c.issued_on as issuedOn, c.valid_until as validUntil, c.revoked_on as revokedOn,
                   c.revocation_ground as revocationGround, c.revocation_document_number as revocationDocumentNumber
            from certificate c
            join application a on a.id = c.application_id
            join organisation o on o.id = a.organisation_id
            join round r on r.id = a.round_id
            """;

    /** 撤销公告: revoked titles, newest decision first, of one programme or ({@code programmeId} empty) of all. */
    @Query(value = TITLE_LINE + """
            where c.revoked_on is not null and (:programmeId = '' or r.programme_id = :programmeId)
            order by c.revoked_on desc, c.id desc""",
            countQuery = """
            select count(*) from certificate c join application a on a.id = c.application_id join round r on r.id = a.round_id
            where c.revoked_on is not null and (:programmeId = '' or r.programme_id = :programmeId)""",
            nativeQuery = true)
    Page<TitleLine> findRevoked(String programmeId, Pageable page);

    /**
     * The register of titles for the office: every certificate of a programme (or all), whose number, holder or
     * subject contains {@code text} (empty: any), newest first.
     */
    @Query(value = TITLE_LINE + """
            where (:programmeId = '' or r.programme_id = :programmeId)
              and (:text = '' or strpos(lower(c.number), lower(:text)) > 0 or strpos(o.name, :text) > 0
                   or strpos(coalesce(a.product_name, a.details ->> 'personName', ''), :text) > 0)
            order by c.issued_on desc, c.id desc""",
            countQuery = """
            select count(*) from certificate c join application a on a.id = c.application_id
            join organisation o on o.id = a.organisation_id join round r on r.id = a.round_id
            where (:programmeId = '' or r.programme_id = :programmeId)
              and (:text = '' or strpos(lower(c.number), lower(:text)) > 0 or strpos(o.name, :text) > 0
                   or strpos(coalesce(a.product_name, a.details ->> 'personName', ''), :text) > 0)""",
            nativeQuery = true)
    Page<TitleLine> findTitles(String programmeId, String text, Pageable page);

    /**
     * Revoked titles of a programme held by the organisation with {@code creditCode} as an organisation, or (individual
     * titles) by the person named {@code personName} applying through it.
     */
    @Query(value = TITLE_LINE + """
            where c.revoked_on is not null and r.programme_id = :programmeId and o.credit_code = :creditCode
              and a.applicant_kind = :applicantKind
              and (a.applicant_kind <> 'INDIVIDUAL' or a.details ->> 'personName' = :personName)
            order by c.revoked_on desc""", nativeQuery = true)
    List<TitleLine> findRevokedHeldBy(String creditCode, String programmeId, String applicantKind, String personName);

    /** The certificates of an organisation's applications, newest first: the titles it holds or held. */
    @Query(value = """
            select c.* from certificate c
            join application a on a.id = c.application_id
            where a.organisation_id = :organisationId
            order by c.id desc""", nativeQuery = true)
    List<Certificate> findByOrganisationId(long organisationId);

    /** The certificate locked until the transaction ends, so that a timer and an office decision never cross. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Certificate c where c.id = :certificateId")
    Optional<Certificate> findByIdForUpdate(long certificateId);
}
