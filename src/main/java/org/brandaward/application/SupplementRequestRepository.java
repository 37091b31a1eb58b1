package org.brandaward.application;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface SupplementRequestRepository extends JpaRepository<SupplementRequest, Long> {

    Optional<SupplementRequest> findFirstByApplicationIdAndResolvedAtIsNullOrderByIdDesc(long applicationId);
}
