package org.brandaward.certificate;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByApplicationId(long applicationId);

    long countByNumberStartingWith(String prefix);
}
