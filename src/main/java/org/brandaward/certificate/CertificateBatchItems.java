package org.brandaward.certificate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The applications of a batch in the list's order, each with the certificate it became once issued. */
@Component
class CertificateBatchItems {

    private final JdbcClient jdbc;

    CertificateBatchItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void add(long batchId, List<Long> applicationIds) {
        int position = 1;
        for (long applicationId : applicationIds) {
            jdbc.sql("insert into certificate_batch_item (batch_id, position, application_id) values (?, ?, ?)")
                    .params(batchId, position++, applicationId).update();
        }
    }

    /** The application of the first item still without a certificate; empty when every one has its certificate. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Long> nextOpen(long batchId) {
        return jdbc.sql("""
                        select application_id from certificate_batch_item
                        where batch_id = ? and certificate_id is null order by position limit 1""")
                .param(batchId).query(Long.class).optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void issued(long batchId, long applicationId, long certificateId) {
        jdbc.sql("update certificate_batch_item set certificate_id = ? where batch_id = ? and application_id = ? and certificate_id is null")
                .params(certificateId, batchId, applicationId).update();
    }
}
