package org.brandaward.application;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface SupplementRequestRepository extends JpaRepository<SupplementRequest, Long> {

    Optional<SupplementRequest> findFirstByApplicationIdAndResolvedAtIsNullOrderByIdDesc(long applicationId);

    List<SupplementRequest> findByResolvedAtIsNullAndDeadlineBetweenOrderById(LocalDate from, LocalDate to);
}
