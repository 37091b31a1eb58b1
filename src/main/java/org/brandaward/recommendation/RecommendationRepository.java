package org.brandaward.recommendation;

import org.brandaward.programme.ProgrammeDescriptor.RecommendationLevel;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    long countByRoundIdAndLevelAndRegionAndRecommendedTrue(long roundId, RecommendationLevel level, String region);
}
