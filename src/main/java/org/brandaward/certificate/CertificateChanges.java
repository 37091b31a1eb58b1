package org.brandaward.certificate;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.brandaward.shared.PublicCaches;

/**
 * Drops a certificate's cached public facts whenever its row is written — issue, revocation, reissue under a new
 * name, expiry, removal, renewal, a validity extended — so no path that changes what 证书查验 shows is forgotten.
 * A JPA entity listener (Spring's bean container makes it with its dependencies).
 */
class CertificateChanges {

    private final PublicCaches caches;

    CertificateChanges(PublicCaches caches) {
        this.caches = caches;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Certificate certificate) {
        caches.evictAfterCommit(PublicCertificates.FACTS, certificate.getNumber());
    }
}
