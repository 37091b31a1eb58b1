package org.brandaward.database;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** With an external database configured, the embedded server is never started. */
class EmbeddedDatabaseConfigurationTest {

    @Test
    void an_external_datasource_url_keeps_the_embedded_postgresql_off() {
        new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedDatabaseConfiguration.class)
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/brandaward")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(EmbeddedPostgresServer.class);
                    assertThat(context).doesNotHaveBean(javax.sql.DataSource.class);
                });
    }
}
