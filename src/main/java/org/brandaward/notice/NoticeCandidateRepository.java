package org.brandaward.notice;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface NoticeCandidateRepository extends JpaRepository<NoticeCandidate, Long> {

    List<NoticeCandidate> findByNoticeIdOrderByPosition(long noticeId);
}
