package org.brandaward.review;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface ExpertReminderRepository extends JpaRepository<ExpertReminder, Long> {

    /** When an expert was last reminded. */
    interface LastSent {
        Long getExpertId();

        Instant getSentAt();
    }

    List<ExpertReminder> findByExpertIdOrderBySentAtDescIdDesc(long expertId, Limit limit);

    @Query("select r.expertId as expertId, max(r.sentAt) as sentAt from ExpertReminder r group by r.expertId")
    List<LastSent> findLastSent();
}
