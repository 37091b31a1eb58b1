package org.brandaward.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface FeedbackReleaseRepository extends JpaRepository<FeedbackRelease, Long> {

    Optional<FeedbackRelease> findByRoundId(long roundId);

    boolean existsByRoundId(long roundId);
}
