package org.brandaward.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * Starts the embedded PostgreSQL when no external database is configured ({@code spring.datasource.url} unset).
 * Spring Boot's own DataSource auto-configuration backs off because this bean exists.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.lease(properties.dataDirectory(), properties.clean());
    }

    /** The pool's sizes come from {@code spring.datasource.hikari.*} (application.yml), as for an external database. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgresServer server) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
