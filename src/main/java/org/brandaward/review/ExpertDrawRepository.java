package org.brandaward.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ExpertDrawRepository extends JpaRepository<ExpertDraw, Long> {

    List<ExpertDraw> findByApplicationIdOrderById(long applicationId);
}
