package org.brandaward.notification;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    /**
     * The oldest mail due now, its row locked until the transaction ends; rows another node (or thread) has locked are
     * skipped rather than waited for, so two drainers never send the same mail.
     */
    @Query(value = """
            select * from mail_outbox where state = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id limit 1 for update skip locked""", nativeQuery = true)
    Optional<OutboxMail> claimNextDue(Instant now);

    Page<OutboxMail> findAllByOrderByIdDesc(Pageable page);

    boolean existsByDedupeKey(String dedupeKey);

    List<OutboxMail> findByRecipientAccountOrderById(String recipientAccount);

    List<OutboxMail> findByRecipientOrderById(String recipient);
}
