package org.brandaward.notice;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from Notice n where n.id = :id")
    Optional<Notice> findForUpdate(long id);

    List<Notice> findByRoundIdOrderById(long roundId);

    @Query("select n from Notice n where n.status = org.brandaward.notice.Notice.Status.OPEN or n.closedAt >= :closedSince order by n.firstDay desc, n.id desc")
    List<Notice> openOrClosedSince(Instant closedSince);
}
