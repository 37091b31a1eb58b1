package org.brandaward.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ExpertScoreRepository extends JpaRepository<ExpertScore, Long> {

    List<ExpertScore> findByApplicationId(long applicationId);
}
