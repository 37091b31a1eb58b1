package org.brandaward.recommendation;

import org.brandaward.programme.ProgrammeDescriptor.RecommendationLevel;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    long countByRoundIdAndLevelAndRegionAndRecommendedTrue(long roundId, RecommendationLevel level, String region);

    /** The applications of one kind (organisation or individual) a bureau recommended in a round. */
    @Query("""
            select count(r) from Recommendation r, org.brandaward.application.Application a
            where r.applicationId = a.id and r.roundId = :roundId and r.level = :level and r.region = :region
              and r.recommended = true and a.applicantKind = :kind""")
    long countRecommended(long roundId, RecommendationLevel level, String region, ApplicantKind kind);
}
