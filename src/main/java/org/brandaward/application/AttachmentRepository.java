package org.brandaward.application;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByApplicationIdOrderById(long applicationId);

    Optional<Attachment> findByPublicKey(UUID publicKey);
}
