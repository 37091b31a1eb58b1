package org.brandaward.committee;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

    List<Candidate> findByMeetingIdOrderByRank(long meetingId);
}
