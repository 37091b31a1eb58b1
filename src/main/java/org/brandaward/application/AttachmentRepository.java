package org.brandaward.application;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByApplicationIdOrderById(long applicationId);
}
