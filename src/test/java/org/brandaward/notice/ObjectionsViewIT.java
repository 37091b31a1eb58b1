package org.brandaward.notice;

import org.brandaward.workflow.ProcessVariables;
import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.brandaward.KaribuTest;
import org.brandaward.TestClock;
import org.brandaward.application.ApplicationService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.brandaward.shared.ClockConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

/** The office's objection handling view: it reads the objection, asks for a response, and dismisses it with a reason. Round of 2083. */
class ObjectionsViewIT extends KaribuTest {
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired TestClock clock;
    @Autowired ApplicationService applications;
    @Autowired ObjectionService objections;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClocks() {
        ClockUtil.reset();
        clock.reset();
    }

    private static void asVisitor() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("visitor", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    @Test
    void the_office_reads_an_objection_and_dismisses_it_with_the_reason_the_objector_reads() {
        Round round = roundFixtures.round("qh-famous-brand", 2083, null);
        String applicant = organisationFixtures.applicantWithOrganisation("西宁牦牛乳业有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("牦牛酸奶"));
        SignIn.out();
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 9, 28).atTime(10, 0).atZone(ClockConfiguration.ZONE).toInstant()));
        clock.fixAt(LocalDateTime.of(2026, 9, 29, 10, 0).atZone(ClockConfiguration.ZONE));
        SignIn.asEngine(() -> runtime.startProcessInstanceByKey("public-notice", ProcessVariables.roundBusinessKey(round.getId()),
                Map.of(NoticeVariables.SCOPE, "PROVINCE", NoticeVariables.ROUND_ID, round.getId(), NoticeVariables.CANDIDATE_IDS, Long.toString(id))));
        long candidate = jdbc.queryForObject("select c.id from notice_candidate c where c.application_id = ?", Long.class, id);
        var form = new ObjectionForm();
        form.setObjectorName("李四");
        form.setIdType(Objection.IdType.PASSPORT);
        form.setIdNumber("E12345678");
        form.setContact("lisi@example.com");
        form.setCandidateId(candidate);
        form.setGrounds("宣传材料夸大产品功效");
        asVisitor();
        ObjectionService.Filed filed = objections.file(round.getId(), form, List.of());

        login("office", Roles.OFFICE);
        UI.getCurrent().navigate("objections");
        @SuppressWarnings("unchecked")
        Grid<ObjectionService.Handled> grid = _get(Grid.class, spec -> spec.withId("objections"));
        ObjectionService.Handled row = java.util.stream.IntStream.range(0, _size(grid))
                .mapToObj(i -> com.github.mvysny.kaributesting.v10.GridKt._get(grid, i))
                .filter(h -> h.objection().getReference().equals(filed.reference())).findFirst().orElseThrow();
        grid.select(row);
        assertThat(_get(Span.class, spec -> spec.withId("objection-grounds")).getText()).isEqualTo("宣传材料夸大产品功效");

        _click(_get(Button.class, spec -> spec.withId("objection-ask-response")));
        assertThat(objections.status(filed.reference(), filed.key()).orElseThrow().status()).isEqualTo(Objection.Status.AWAITING_RESPONSE);

        long objectionId = row.objection().getId();
        login(applicant, Roles.APPLICANT);
        UI.getCurrent().navigate("objections/answers");
        assertThat(_get(Paragraph.class, spec -> spec.withId("objection-grounds-" + objectionId)).getText()).isEqualTo("宣传材料夸大产品功效");
        _setValue(_get(TextArea.class, spec -> spec.withId("objection-answer-" + objectionId)), "宣传用语已经市场监管部门审核。");
        _click(_get(Button.class, spec -> spec.withId("objection-send-" + objectionId)));

        login("office", Roles.OFFICE);
        UI.getCurrent().navigate("objections");
        @SuppressWarnings("unchecked")
        Grid<ObjectionService.Handled> again = _get(Grid.class, spec -> spec.withId("objections"));
        again.select(java.util.stream.IntStream.range(0, _size(again)).mapToObj(i -> com.github.mvysny.kaributesting.v10.GridKt._get(again, i))
                .filter(h -> h.objection().getId() == objectionId).findFirst().orElseThrow());
        assertThat(_get(Span.class, spec -> spec.withId("objection-response")).getText()).isEqualTo("宣传用语已经市场监管部门审核。");
        _setValue(_get(TextArea.class, spec -> spec.withId("objection-reason")), "宣传材料经核实符合广告法规定。");
        _click(_get(Button.class, spec -> spec.withId("objection-dismiss")));

        asVisitor();
        ObjectionService.Status seen = objections.status(filed.reference(), filed.key()).orElseThrow();
        assertThat(seen.status()).isEqualTo(Objection.Status.DISMISSED);
        assertThat(seen.answer()).isEqualTo("宣传材料经核实符合广告法规定。");
        assertThat(objections.status(filed.reference(), "0".repeat(32))).isEmpty();
    }
}
