package org.brandaward.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/** Where the embedded PostgreSQL keeps its data; {@code clean} wipes it at start (tests only). */
@ConfigurationProperties("brand-award.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") Path dataDirectory, @DefaultValue("false") boolean clean) {
}
