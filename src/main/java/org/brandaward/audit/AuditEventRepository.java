package org.brandaward.audit;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, long entityId);

    List<AuditEvent> findByEntityTypeAndActionOrderByIdDesc(String entityType, String action);
}
