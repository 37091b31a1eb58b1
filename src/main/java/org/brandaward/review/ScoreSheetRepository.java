package org.brandaward.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

    List<ScoreSheet> findByApplicationIdAndStageOrderById(long applicationId, ReviewStage stage);

    Optional<ScoreSheet> findByApplicationIdAndExpertAndStage(long applicationId, String expert, ReviewStage stage);

    List<ScoreSheet> findByExpert(String expert);
}
