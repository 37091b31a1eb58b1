package org.brandaward.publication;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.brandaward.shared.PublicCaches;

/**
 * Empties the cache of published lists whenever a round's decision or one of its entries is written — the
 * publication itself, a certificate number entered as it is issued, the ministry's outcome of a recommendation.
 * All of it, not one round: an entry knows its decision, not its round, and lists change seldom. A JPA entity
 * listener (Spring's bean container makes it with its dependencies).
 */
class PublishedListChanges {

    static final String LISTS = "public-lists";

    private final PublicCaches caches;

    PublishedListChanges(PublicCaches caches) {
        this.caches = caches;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object decisionOrEntry) {
        caches.clearAfterCommit(LISTS);
    }
}
