package org.brandaward.programme;

import org.brandaward.security.SignIn;
import java.time.Clock;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The office opens rounds; each refusal names its rule, each round opened is audited. */
@IntegrationTest
class RoundServiceIT {

    @Autowired Clock clock;

    @Autowired RoundService rounds;
    @Autowired AuditLog audit;

    @BeforeEach
    void signIn() {
        SignIn.as("office", Roles.OFFICE);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_round_is_opened_once_per_programme_and_year_and_audited() {
        Round round = rounds.open("qh-famous-brand", 2095, LocalDate.now(clock), LocalDate.now(clock).plusMonths(1), null);
        assertThat(round.acceptsApplicationsOn(LocalDate.now(clock))).isTrue();
        assertThat(audit.history(RoundService.AUDIT_TYPE, round.getId())).extracting(AuditEvent::getAction, AuditEvent::getActor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OPENED", "office"));
        assertRefused(() -> rounds.open("qh-famous-brand", 2095, LocalDate.now(clock), LocalDate.now(clock).plusMonths(1), null), "round.duplicate");
    }

    @Test
    void a_round_takes_the_programmes_quotas_unless_the_office_sets_its_own() {
        assertThat(rounds.open("sd-service-brand", 2095, LocalDate.now(clock), LocalDate.now(clock).plusMonths(1), null).getQuotas())
                .isEqualTo(new ProgrammeDescriptor.Quotas(null, null, null, null));
        ProgrammeDescriptor.Quotas own = new ProgrammeDescriptor.Quotas(120, 12, null, null);
        assertThat(rounds.open("sd-service-brand", 2096, LocalDate.now(clock), LocalDate.now(clock).plusMonths(1), own).getQuotas()).isEqualTo(own);
        assertRefused(() -> rounds.open("sd-service-brand", 2097, LocalDate.now(clock), LocalDate.now(clock).plusMonths(1),
                new ProgrammeDescriptor.Quotas(0, null, null, null)), "round.quotaPositive");
    }

    @Test
    void dates_must_be_given_in_order() {
        assertRefused(() -> rounds.open("hn-famous-product", 2026, LocalDate.now(clock), LocalDate.now(clock).minusDays(1), null), "round.deadlineBeforeOpening");
        assertRefused(() -> rounds.open("hn-famous-product", 2026, null, LocalDate.now(clock), null), "round.datesRequired");
        assertRefused(() -> rounds.open("no-such-programme", 2026, LocalDate.now(clock), LocalDate.now(clock), null), "programme.unknown");
    }

    @Test
    void a_programme_whose_process_model_is_not_deployed_yet_cannot_open_a_round() {
        assertRefused(() -> rounds.open("unmodelled-programme", 2026, LocalDate.now(clock), LocalDate.now(clock).plusMonths(1), null),
                "round.processMissing");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
    }
}
