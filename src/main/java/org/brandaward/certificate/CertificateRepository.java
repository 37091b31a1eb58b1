package org.brandaward.certificate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

import java.util.Optional;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByApplicationId(long applicationId);

    @Query(value = """
            select c.* from certificate c
            join application a on a.id = c.application_id
            join organisation o on o.id = a.organisation_id
            where o.credit_code = :creditCode and (c.valid_until is null or c.valid_until >= :today)""", nativeQuery = true)
    List<Certificate> findValidByCreditCode(String creditCode, LocalDate today);
}
