package org.brandaward.committee;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.review.RankingService;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.TaskView;
import org.brandaward.workflow.WorkflowService;

import java.util.List;
import java.util.Optional;

/**
 * The office's task 评审委员会会议: convene the round's meeting, follow how many members have voted (never how), close
 * the ballot, resolve an over-full quota with a reason, download the result sheet and sign it off.
 */
@Route("tasks/committee/:taskId")
@RolesAllowed(Roles.OFFICE)
class CommitteeTaskView extends TaskView {

    private final CommitteeService committee;

    CommitteeTaskView(WorkflowService workflow, CommitteeService committee) {
        super(workflow);
        this.committee = committee;
    }

    @Override
    protected void showTask(InboxTask task) {
        long roundId = committee.roundOfTask(task.id());
        Optional<CommitteeService.MeetingSummary> meeting = committee.meetingOfRound(roundId);
        if (meeting.isEmpty()) {
            showConvene(task, roundId);
        } else if (meeting.get().ballotOpen()) {
            showBallotOpen(task, meeting.get());
        } else {
            showClosed(task, meeting.get());
        }
    }

    private void showConvene(InboxTask task, long roundId) {
        DatePicker date = new DatePicker(getTranslation("committee.date"));
        date.setId("committee-date");
        CheckboxGroup<CommitteeService.Member> members = new CheckboxGroup<>(getTranslation("committee.members"));
        members.setId("committee-members");
        members.setItems(committee.committeeAccounts());
        members.setItemLabelGenerator(m -> m.displayName() + " (" + m.username() + ")");
        Grid<RankingService.Ranked> candidates = new Grid<>();
        candidates.setId("committee-candidates");
        candidates.addColumn(RankingService.Ranked::rank).setHeader(getTranslation("committee.rank")).setAutoWidth(true);
        candidates.addColumn(RankingService.Ranked::applicant).setHeader(getTranslation("committee.applicant")).setAutoWidth(true);
        candidates.addColumn(RankingService.Ranked::entry).setHeader(getTranslation("committee.entry")).setAutoWidth(true);
        candidates.addColumn(RankingService.Ranked::combined).setHeader(getTranslation("committee.score")).setAutoWidth(true);
        candidates.addColumn(r -> r.document() == null ? "" : getTranslation("committee.aggregation",
                r.document().mean(), r.document().spread())).setHeader(getTranslation("committee.aggregationHeader")).setAutoWidth(true);
        candidates.addColumn(r -> r.tier() == null ? "" : getTranslation("committee.tier." + CommitteeService.tierId(r.tier())))
                .setHeader(getTranslation("committee.proposedTier")).setAutoWidth(true);
        candidates.setItems(committee.candidatesOfRound(roundId));
        candidates.setAllRowsVisible(true);
        Button convene = new Button(getTranslation("committee.convene"), e -> {
            committee.convene(task.id(), date.getValue(), members.getValue().stream().map(CommitteeService.Member::username).toList());
            Messages.success("committee.convened");
            refresh();
        });
        convene.setId("committee-convene");
        convene.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("committee.conveneIntro")), date, members, new H3(getTranslation("committee.candidates")),
                candidates, convene);
    }

    private void showBallotOpen(InboxTask task, CommitteeService.MeetingSummary meeting) {
        Paragraph status = new Paragraph(getTranslation("committee.ballotStatus", meeting.date(), meeting.members().size(),
                meeting.ballotsCast(), getTranslation(meeting.quorumReached() ? "committee.quorumReached" : "committee.quorumNotReached")));
        status.setId("committee-status");
        Button close = new Button(getTranslation("committee.close"), e -> {
            committee.closeBallot(task.id());
            Messages.success("committee.closed");
            refresh();
        });
        close.setId("committee-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(status, new TotalsGrid("committee-totals", committee.candidates(meeting.meetingId()), meeting.tiered(), false), close);
    }

    private void showClosed(InboxTask task, CommitteeService.MeetingSummary meeting) {
        List<CommitteeService.CandidateLine> lines = committee.candidates(meeting.meetingId());
        Paragraph status = new Paragraph(getTranslation("committee.closedStatus", meeting.members().size(), meeting.present(),
                meeting.quota() == null ? getTranslation("committee.noQuota") : meeting.quota()));
        status.setId("committee-status");
        add(status, new TotalsGrid("committee-totals", lines, meeting.tiered(), true));
        if (committee.overQuota(meeting.meetingId())) {
            CheckboxGroup<CommitteeService.CandidateLine> kept = new CheckboxGroup<>(getTranslation("committee.kept"));
            kept.setId("committee-kept");
            kept.setItems(lines.stream().filter(CommitteeService.CandidateLine::passed).toList());
            kept.setItemLabelGenerator(l -> l.rank() + ". " + l.applicant());
            kept.setValue(lines.stream().filter(CommitteeService.CandidateLine::kept).collect(java.util.stream.Collectors.toSet()));
            TextArea reason = reasonArea("committee.reason", "committee-reason");
            if (meeting.resolutionReason() != null) {
                reason.setValue(meeting.resolutionReason());
            }
            Button resolve = new Button(getTranslation("committee.resolve"), e -> {
                committee.resolveQuota(task.id(), kept.getValue().stream().map(CommitteeService.CandidateLine::candidateId).toList(),
                        reason.getValue());
                Messages.success("committee.resolved");
                refresh();
            });
            resolve.setId("committee-resolve");
            add(new H3(getTranslation("committee.overQuota", meeting.quota())), kept, reason, resolve);
        }
        Anchor pdf = new Anchor("committee/" + meeting.meetingId() + "/result.pdf", getTranslation("committee.resultSheet"));
        pdf.setId("committee-pdf");
        pdf.setRouterIgnore(true);
        Button signOff = new Button(getTranslation("committee.signOff"), e -> {
            committee.signOff(task.id());
            done("committee.signedOff");
        });
        signOff.setId("committee-sign-off");
        signOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        add(pdf, signOff);
    }

    private void refresh() {
        removeAll();
        add(new H2(getPageTitle()));
        showTask(task());
    }
}
