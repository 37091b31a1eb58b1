package org.brandaward.certificate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface CertificateBatchRepository extends JpaRepository<CertificateBatch, Long> {

    Optional<CertificateBatch> findByRoundId(long roundId);

    /** The id alone, so that a lock taken next reads the row fresh rather than an entity loaded before it. */
    @Query(value = "select id from certificate_batch where round_id = :roundId", nativeQuery = true)
    Optional<Long> idOfRound(long roundId);

    /**
     * The batch, locked until the transaction ends, unless another runner holds it: then empty at once, so that runner
     * goes on undisturbed and this one leaves the batch to it.
     */
    @Query(value = "select * from certificate_batch where id = :batchId for update skip locked", nativeQuery = true)
    Optional<CertificateBatch> claim(long batchId);

    /** The batch, locked until the transaction ends, waiting for a runner's step to end. */
    @Query(value = "select * from certificate_batch where id = :batchId for update", nativeQuery = true)
    Optional<CertificateBatch> lock(long batchId);

    /** Batches a runner should work on, oldest first. */
    @Query(value = "select id from certificate_batch where state in ('QUEUED', 'RUNNING') order by id", nativeQuery = true)
    List<Long> runnable();
}
