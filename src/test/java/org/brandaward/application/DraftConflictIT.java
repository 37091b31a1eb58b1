package org.brandaward.application;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.IntegrationTest;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.brandaward.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Two sessions of one organisation edit the same draft: whoever saves second, from the draft as it was before the
 * first save, is refused instead of silently overwriting it (optimistic locking on the version the form was loaded at).
 */
@IntegrationTest
class DraftConflictIT {
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ApplicationService applications;
    @Autowired TransactionTemplate transactions;
    @Autowired WorkflowService workflow;

    String applicant;
    long applicationId;

    @BeforeEach
    void draft() {
        Round round = roundFixtures.round(2055);
        applicant = organisationFixtures.applicantWithOrganisation("潍坊风筝有限公司");
        applicationId = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_save_from_a_copy_loaded_before_another_save_is_refused_and_the_other_save_kept() {
        ApplicationForm first = applications.formOf(applicationId);
        ApplicationForm second = applications.formOf(applicationId);
        first.set("productName", "潍坊风筝");
        applications.saveDraft(applicationId, first);
        int drafts = drafts();

        second.set("productName", "杨家埠年画");
        assertThatThrownBy(() -> applications.saveDraft(applicationId, second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThat(applications.get(applicationId).getProductName()).isEqualTo("潍坊风筝");
        assertThat(drafts()).as("no audit row for the refused save").isEqualTo(drafts);
        ApplicationForm reloaded = applications.formOf(applicationId);
        reloaded.set("productName", "杨家埠年画");
        applications.saveDraft(applicationId, reloaded);
        assertThat(applications.get(applicationId).getProductName()).isEqualTo("杨家埠年画");
    }

    @Test
    void a_submission_from_a_copy_loaded_before_another_save_is_refused_and_starts_nothing() {
        long loadedAt = applications.formOf(applicationId).getVersion();
        ApplicationForm other = applications.formOf(applicationId);
        other.set("productName", "潍坊风筝");
        applications.saveDraft(applicationId, other);

        ApplicationForm stale = ApplicationFixtures.completeForm("杨家埠年画");
        stale.setVersion(loadedAt);
        assertThatThrownBy(() -> applications.submit(applicationId, stale)).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThat(applications.get(applicationId).getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(applications.get(applicationId).getProductName()).isEqualTo("潍坊风筝");
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(applicationId))).isEmpty();
    }

    @Test
    void of_two_saves_racing_from_the_same_copy_the_database_refuses_the_later_commit() throws Exception {
        ApplicationForm loaded = applications.formOf(applicationId);

        Throwable thrown = catchThrowable(() -> transactions.executeWithoutResult(status -> {
            applications.saveDraft(applicationId, withProduct(loaded, "潍坊风筝"));
            // Meanwhile another session saves and commits first; this transaction has not written its row yet.
            try {
                CompletableFuture.runAsync(() -> {
                    SignIn.as(applicant, Roles.APPLICANT);
                    try {
                        applications.saveDraft(applicationId, withProduct(loaded, "杨家埠年画"));
                    } finally {
                        SignIn.out();
                    }
                }).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("the other session could not save", e);
            }
        }));

        assertThat(thrown).isInstanceOf(ObjectOptimisticLockingFailureException.class).cause().isNotNull();
        assertThat(applications.get(applicationId).getProductName()).isEqualTo("杨家埠年画");
    }

    private static ApplicationForm withProduct(ApplicationForm loaded, String product) {
        ApplicationForm form = new ApplicationForm();
        loaded.values().forEach(form::set);
        form.set("productName", product);
        form.setVersion(loaded.getVersion());
        return form;
    }

    private int drafts() {
        return (int) applications.timeline(applicationId).stream().filter(e -> e.action().equals("DRAFT_SAVED")).count();
    }
}
