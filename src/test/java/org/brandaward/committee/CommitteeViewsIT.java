package org.brandaward.committee;

import org.brandaward.security.SignIn;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.brandaward.KaribuTest;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office convenes, closes and signs off on its task view; members vote on theirs, each seeing their own choices
 * only right after casting, and the totals once the ballot is closed.
 */
class CommitteeViewsIT extends KaribuTest {

    private static final int YEAR = 2076;

    @Autowired CommitteeFixtures fixtures;
    @Autowired CommitteeService committee;

    @Test
    @SuppressWarnings("unchecked")
    void convene_vote_close_and_sign_off_through_the_views() {
        CommitteeFixtures.Candidates round = fixtures.round(YEAR, null, 80);
        long applicationId = round.applicationIds().get(0);
        List<String> members = fixtures.committeeAccounts(3);
        String caller = fixtures.startMeeting(round.roundId());
        String task = fixtures.meetingTask(round.roundId());

        login("office", Roles.OFFICE);
        UI.getCurrent().navigate("tasks/committee/" + task);
        Grid<Object> candidates = _get(Grid.class, spec -> spec.withId("committee-candidates"));
        assertThat(GridKt._getFormattedRow(candidates, 0)).contains("委员会测试企业2076-0", "测试产品2076-0");
        _setValue(_get(DatePicker.class, spec -> spec.withId("committee-date")), LocalDate.of(YEAR, 4, 1));
        CheckboxGroup<CommitteeService.Member> group = _get(CheckboxGroup.class, spec -> spec.withId("committee-members"));
        Set<CommitteeService.Member> called = group.getListDataView().getItems()
                .filter(m -> members.contains(m.username())).collect(Collectors.toSet());
        assertThat(called).hasSize(3);
        _setValue(group, called);
        _click(_get(Button.class, spec -> spec.withId("committee-convene")));
        expectNotifications("会议已召开，投票开始");
        assertThat(_get(Paragraph.class, spec -> spec.withId("committee-status")).getText()).contains("委员 3 人，已投票 0 人", "未达法定人数");
        long meetingId = committee.meetingOfRound(round.roundId()).orElseThrow().meetingId();
        long candidateId = committee.candidates(meetingId).get(0).candidateId();

        for (String member : members.subList(0, 2)) {
            login(member, Roles.COMMITTEE);
            UI.getCurrent().navigate("committee/ballot");
            _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("ballot-" + candidateId)), Choice.APPROVE);
            _click(_get(Button.class, spec -> spec.withId("ballot-submit-" + meetingId)));
            expectNotifications("选票已提交");
            assertThat(_get(Paragraph.class, spec -> spec.withId("ballot-cast-" + meetingId)).getText()).startsWith("您的选票已提交");
            assertThat(paragraphs()).as("the member sees the choice just cast").contains("1. 委员会测试企业2076-0: 赞成");

            UI.getCurrent().navigate("tasks");
            UI.getCurrent().navigate("committee/ballot");
            assertThat(_get(Paragraph.class, spec -> spec.withId("ballot-cast-" + meetingId)).getText()).startsWith("您已投票");
            assertThat(paragraphs()).as("and never again").noneMatch(text -> text.contains("赞成"));
            assertThat(_find(RadioButtonGroup.class)).as("no second ballot").isEmpty();
        }
        login(members.get(2), Roles.COMMITTEE);
        UI.getCurrent().navigate("committee/ballot");
        assertThat(paragraphs()).noneMatch(text -> text.contains("赞成"));
        assertThat(_find(Grid.class)).as("no totals before closing").isEmpty();

        login("office", Roles.OFFICE);
        UI.getCurrent().navigate("tasks/committee/" + task);
        assertThat(_get(Paragraph.class, spec -> spec.withId("committee-status")).getText()).contains("已投票 2 人", "已达法定人数");
        _click(_get(Button.class, spec -> spec.withId("committee-close")));
        expectNotifications("投票已结束，已计票");
        Grid<Object> totals = _get(Grid.class, spec -> spec.withId("committee-totals"));
        assertThat(GridKt._getFormattedRow(totals, 0)).contains("委员会测试企业2076-0", "2", "0", "通过");
        assertThat(_get(Anchor.class, spec -> spec.withId("committee-pdf")).getHref()).isEqualTo("committee/" + meetingId + "/result.pdf");
        assertThat(_find(CheckboxGroup.class)).as("no quota to resolve").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("committee-sign-off")));
        expectNotifications("表决结果已签署");
        assertThat(fixtures.callerVariables(caller)).containsEntry(CommitteeService.CANDIDATE_IDS, Long.toString(applicationId));

        login(members.get(2), Roles.COMMITTEE);
        UI.getCurrent().navigate("committee/ballot");
        Grid<Object> seen = _get(Grid.class, spec -> spec.withId("ballot-totals-" + meetingId));
        assertThat(GridKt._getFormattedRow(seen, 0)).contains("委员会测试企业2076-0", "2", "通过");
        SignIn.out();
    }

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
