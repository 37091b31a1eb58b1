package org.brandaward.certificate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

import java.util.Optional;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByApplicationId(long applicationId);

    Optional<Certificate> findByNumber(String number);

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
            where o.credit_code = :creditCode and (c.valid_until is null or c.valid_until >= :today)""", nativeQuery = true)
    List<Certificate> findValidByCreditCode(String creditCode, LocalDate today);

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
