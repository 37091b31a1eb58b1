package org.brandaward.review;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ExpertAssignmentRepository extends JpaRepository<ExpertAssignment, Long> {

    List<ExpertAssignment> findByApplicationIdOrderById(long applicationId);

    List<ExpertAssignment> findByExpertIdOrderById(long expertId);

    List<ExpertAssignment> findByApplicationIdAndStageOrderById(long applicationId, ReviewStage stage);

    Optional<ExpertAssignment> findByApplicationIdAndExpertIdAndStage(long applicationId, long expertId, ReviewStage stage);

    /** The usernames of the experts taking part in a stage (drawn and not declined), in the order they were drawn. */
    @Query("""
            select e.username from ExpertAssignment a, Expert e
            where a.expertId = e.id and a.applicationId = :applicationId and a.stage = :stage
              and a.status <> org.brandaward.review.ExpertAssignment.Status.DECLINED
            order by a.id""")
    List<String> findReviewers(long applicationId, ReviewStage stage);
}
