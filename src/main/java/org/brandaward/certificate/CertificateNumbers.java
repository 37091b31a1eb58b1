package org.brandaward.certificate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out certificate numbers per prefix, gap-free and never twice: the prefix's row in
 * {@code certificate_number_sequence} is incremented in the issuing transaction and stays locked until it ends, so a
 * concurrent issue (another node, a retried job) waits for it, and a rollback gives the number back.
 */
@Component
class CertificateNumbers {

    private final JdbcClient jdbc;

    CertificateNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next sequence number of {@code prefix}, 1 for its first certificate. */
    @Transactional(propagation = Propagation.MANDATORY)
    int next(String prefix) {
        return jdbc.sql("""
                        insert into certificate_number_sequence (prefix, last_number) values (?, 1)
                        on conflict (prefix) do update set last_number = certificate_number_sequence.last_number + 1
                        returning last_number""")
                .param(prefix).query(Integer.class).single();
    }
}
