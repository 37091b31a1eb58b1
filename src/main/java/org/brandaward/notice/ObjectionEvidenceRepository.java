package org.brandaward.notice;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ObjectionEvidenceRepository extends JpaRepository<ObjectionEvidence, Long> {

    List<ObjectionEvidence> findByObjectionIdOrderById(long objectionId);
}
