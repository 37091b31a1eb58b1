package org.brandaward.notice;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

    Optional<Objection> findByReference(String reference);

    long countByNoticeIdAndStatusIn(long noticeId, Collection<Objection.Status> statuses);

    List<Objection> findByStatusInOrderBySubmittedAt(Collection<Objection.Status> statuses);

    List<Objection> findAllByOrderBySubmittedAtDesc();

    boolean existsByCandidateIdAndIdTypeAndIdNumberAndGroundsAndStatusIn(long candidateId, Objection.IdType idType, String idNumber,
                                                                         String grounds, Collection<Objection.Status> statuses);

    List<Objection> findByCandidateIdAndStatus(long candidateId, Objection.Status status);

    @Query(value = "select nextval('objection_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();
}
