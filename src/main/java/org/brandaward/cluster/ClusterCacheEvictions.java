package org.brandaward.cluster;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.SmartLifecycle;
import org.brandaward.shared.PublicCaches;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * Carries the public caches' evictions to every node on the database. A change announces the cache it touched with
 * PostgreSQL's {@code pg_notify} inside its transaction (shared/PublicCaches): PostgreSQL delivers the notification only when the
 * transaction commits (nothing on a rollback), to every session listening, this node's included. Each node keeps one
 * connection of its own (not from the pool, which it would occupy for good) that listens and empties the named cache
 * here. Emptying the whole cache rather than one key keeps the message free of key types; the caches are small and
 * reload on the next request. After a lost connection (PostgreSQL restarted) it reconnects with a growing pause and
 * empties every public cache, since notifications sent meanwhile are lost; {@code expireAfterWrite} bounds the rest.
 */
@Component
public class ClusterCacheEvictions implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterCacheEvictions.class);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    /** The pool's settings: the listening connection goes to the same database as the same user, outside the pool. */
    private final HikariDataSource database;
    private final CacheManager caches;
    private volatile Thread listener;

    ClusterCacheEvictions(DataSource dataSource, CacheManager caches) throws SQLException {
        this.database = dataSource.unwrap(HikariDataSource.class);
        this.caches = caches;
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::listen, "cluster-cache-evictions");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    private void listen() {
        Duration pause = Duration.ofSeconds(1);
        boolean first = true;
        while (listener == Thread.currentThread()) {
            try (Connection connection = DriverManager.getConnection(database.getJdbcUrl(), connectionProperties())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + PublicCaches.CHANNEL);
                }
                if (!first) {
                    log.info("Listening for cache evictions again: emptying every public cache (notifications may be lost)");
                    caches.getCacheNames().forEach(name -> clear(name));
                }
                first = false;
                pause = Duration.ofSeconds(1);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    PGNotification[] received = notifications.getNotifications(10_000);
                    if (received != null && received.length > 0) {
                        for (PGNotification notification : received) {
                            clear(notification.getParameter());
                        }
                    } else if (!connection.isValid(10)) { // ten quiet seconds, or a server gone silently: ask
                        throw new SQLException("the listening connection is no longer valid");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listener != Thread.currentThread()) {
                    return;
                }
                first = false;
                log.warn("Cache eviction listener lost its connection, retrying in {}: {}", pause, e.toString());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private Properties connectionProperties() {
        Properties properties = new Properties();
        properties.putAll(database.getDataSourceProperties());
        if (database.getUsername() != null) {
            properties.setProperty("user", database.getUsername());
        }
        if (database.getPassword() != null) {
            properties.setProperty("password", database.getPassword());
        }
        return properties;
    }

    private void clear(String cacheName) {
        Cache cache = caches.getCache(cacheName);
        if (cache != null) {
            cache.clear();
        }
    }
}
