package org.brandaward.publication;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface RoundDecisionRepository extends JpaRepository<RoundDecision, Long> {

    Optional<RoundDecision> findByRoundId(long roundId);

    @Query("select d from RoundDecision d where d.publishedAt is not null order by d.publishedAt desc, d.id desc")
    Page<RoundDecision> findPublished(Pageable page);
}
