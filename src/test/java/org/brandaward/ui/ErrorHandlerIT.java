package org.brandaward.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.brandaward.KaribuTest;
import org.brandaward.shared.RuleViolationException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;

/**
 * The session's error handler finds what went wrong anywhere in the cause chain, as frameworks wrap it, and tells the
 * user in their language.
 */
class ErrorHandlerIT extends KaribuTest {

    private static final String CHANGED_MEANWHILE = "该记录已被他人修改，请刷新后重试。";

    @Test
    void a_conflict_the_database_found_says_someone_changed_the_record_meanwhile() {
        // As Spring translates Hibernate's finding: the optimistic-locking exception wraps the stale-state one.
        fail(new ObjectOptimisticLockingFailureException("org.brandaward.application.Application", 42L,
                new StaleObjectStateException("org.brandaward.application.Application", 42L)));

        expectNotifications(CHANGED_MEANWHILE);
    }

    @Test
    void a_conflict_found_at_commit_says_so_too() {
        fail(new TransactionSystemException("Could not commit JPA transaction",
                new RollbackException("Error while committing the transaction", new OptimisticLockException("Row was updated or deleted"))));

        expectNotifications(CHANGED_MEANWHILE);
    }

    @Test
    void a_refusal_wrapped_by_the_framework_keeps_its_own_message() {
        fail(new IllegalStateException("listener failed", new RuleViolationException("credit.alreadyRecorded", "X", "信用中国", "2026-05-01")));

        expectNotifications("该失信记录已登记过：X，来源 信用中国，列入日期 2026-05-01");
    }

    @Test
    void anything_else_is_reported_as_unexpected() {
        fail(new IllegalStateException("boom", new NullPointerException()));

        expectNotifications("系统出现意外错误，请稍后重试。");
    }

    private static void fail(Throwable thrown) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown));
    }
}
