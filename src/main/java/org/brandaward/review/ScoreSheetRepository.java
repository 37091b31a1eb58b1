package org.brandaward.review;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

    List<ScoreSheet> findByApplicationIdAndStageOrderById(long applicationId, ReviewStage stage);

    Optional<ScoreSheet> findByApplicationIdAndExpertAndStage(long applicationId, String expert, ReviewStage stage);

    /** Who submitted a sheet of the stage, read from the table. */
    @Query("select s.expert from ScoreSheet s where s.applicationId = :applicationId and s.stage = :stage and s.submittedAt is not null")
    List<String> findSubmittedExperts(long applicationId, ReviewStage stage);

    /** Which sheet was submitted, without loading its items. */
    interface Submitted {
        Long getApplicationId();

        String getExpert();

        ReviewStage getStage();
    }

    @Query("select s.applicationId as applicationId, s.expert as expert, s.stage as stage from ScoreSheet s where s.submittedAt is not null")
    List<Submitted> findSubmitted();
}
