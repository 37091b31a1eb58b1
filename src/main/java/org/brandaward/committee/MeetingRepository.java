package org.brandaward.committee;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    Optional<Meeting> findByRoundId(long roundId);

    /** The meeting's row locked, so that ballots and the closing of the ballot follow one another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.id = :id")
    Optional<Meeting> lock(long id);
}
