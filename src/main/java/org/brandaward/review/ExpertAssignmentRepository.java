package org.brandaward.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ExpertAssignmentRepository extends JpaRepository<ExpertAssignment, Long> {

    List<ExpertAssignment> findByApplicationIdOrderById(long applicationId);

    List<ExpertAssignment> findByExpertIdOrderById(long expertId);

    List<ExpertAssignment> findByApplicationIdAndStageOrderById(long applicationId, ReviewStage stage);

    Optional<ExpertAssignment> findByApplicationIdAndExpertIdAndStage(long applicationId, long expertId, ReviewStage stage);
}
