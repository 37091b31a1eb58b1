package org.brandaward.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.function.Consumer;

/**
 * The caches of the public endpoints (Spring's cache abstraction over Caffeine, settings under {@code spring.cache} in
 * application.yml): published, rarely changing data read by every QR code scan. A change is dropped from its cache
 * after its transaction commits — not before, or a request between the change and the commit would put the old
 * value back. The caches load with {@code sync = true}, so an eviction waits for a load in flight.
 * <p>
 * Other nodes on the database hear of the change through PostgreSQL: {@code pg_notify} on {@value #CHANNEL} in the
 * changing transaction, delivered at its commit to every listening node (cluster/ClusterCacheEvictions), which empties
 * the named cache.
 */
@Component
public class PublicCaches {

    public static final String CHANNEL = "public_cache";

    private final ObjectProvider<CacheManager> caches;
    private final ObjectProvider<JdbcTemplate> jdbc;

    // Providers: JPA entity listeners call this while the EntityManagerFactory, built before the CacheManager, is made.
    PublicCaches(ObjectProvider<CacheManager> caches, ObjectProvider<JdbcTemplate> jdbc) {
        this.caches = caches;
        this.jdbc = jdbc;
    }

    /** Drops {@code key} from {@code cacheName} when the current transaction commits (at once without one). */
    public void evictAfterCommit(String cacheName, Object key) {
        afterCommit(cacheName, cache -> cache.evict(key));
    }

    /** Empties {@code cacheName} when the current transaction commits (at once without one). */
    public void clearAfterCommit(String cacheName) {
        afterCommit(cacheName, Cache::clear);
    }

    private void afterCommit(String cacheName, Consumer<Cache> change) {
        Cache cache = caches.getObject().getCache(cacheName);
        if (cache == null) {
            return;
        }
        // PostgreSQL sends one notification per transaction for identical ones: a batch of 300 certificates is one.
        jdbc.getObject().queryForList("select pg_notify(?, ?)", CHANNEL, cacheName);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            change.accept(cache);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                // also after a rollback: cheap, and a load that ran inside the rolled-back transaction may have seen its change
                change.accept(cache);
            }
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableCaching
    static class Enabled {
    }
}
