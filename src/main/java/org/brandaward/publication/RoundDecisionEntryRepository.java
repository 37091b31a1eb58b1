package org.brandaward.publication;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface RoundDecisionEntryRepository extends JpaRepository<RoundDecisionEntry, Long> {

    List<RoundDecisionEntry> findByDecisionIdOrderByPosition(long decisionId);

    Optional<RoundDecisionEntry> findByApplicationId(long applicationId);

    /**
     * Entries of published lists whose organisation or product/person contains {@code pattern} (a LIKE pattern, lower
     * case, escaped with backslash) and, unless {@code cityCode} is empty, of that city; newest list first.
     */
    @Query(value = """
            select e from RoundDecisionEntry e, RoundDecision d
            where e.decisionId = d.id and d.publishedAt is not null
              and (lower(e.organisationName) like :pattern escape '\\' or lower(coalesce(e.subject, '')) like :pattern escape '\\')
              and (:cityCode = '' or e.cityCode = :cityCode)
            order by d.publishedAt desc, d.id desc, e.position asc""",
            countQuery = """
            select count(e) from RoundDecisionEntry e, RoundDecision d
            where e.decisionId = d.id and d.publishedAt is not null
              and (lower(e.organisationName) like :pattern escape '\\' or lower(coalesce(e.subject, '')) like :pattern escape '\\')
              and (:cityCode = '' or e.cityCode = :cityCode)""")
    Page<RoundDecisionEntry> searchPublished(String pattern, String cityCode, Pageable page);
}
