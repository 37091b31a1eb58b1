package org.brandaward.committee;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 投票 — a committee member's secret ballot in each meeting they were called to. Right after casting, this page
 * shows the member what they chose, from its own memory; nothing stores it with the member, so on any later visit
 * the page says only that the ballot was cast. After the office closes the ballot the member sees the totals.
 */
@Route("committee/ballot")
@RolesAllowed(Roles.COMMITTEE)
class BallotView extends VerticalLayout implements HasDynamicTitle {

    private final CommitteeService committee;

    BallotView(CommitteeService committee) {
        this.committee = committee;
        show(Map.of());
    }

    /** {@code justCast}: the choices cast a moment ago on this page, per meeting, shown once and never stored. */
    private void show(Map<Long, List<String>> justCast) {
        removeAll();
        add(new H2(getPageTitle()));
        List<CommitteeService.MeetingSummary> meetings = committee.myMeetings();
        if (meetings.isEmpty()) {
            add(new Paragraph(getTranslation("committee.noMeetings")));
        }
        for (CommitteeService.MeetingSummary meeting : meetings) {
            add(new H3(getTranslation("committee.meetingTitle", meeting.year(), meeting.programmeId(), meeting.date())));
            if (meeting.ballotOpen() && justCast.containsKey(meeting.meetingId())) {
                Paragraph cast = new Paragraph(getTranslation("committee.castJustNow"));
                cast.setId("ballot-cast-" + meeting.meetingId());
                add(cast);
                justCast.get(meeting.meetingId()).forEach(line -> add(new Paragraph(line)));
            } else if (meeting.ballotOpen() && committee.haveICast(meeting.meetingId())) {
                Paragraph cast = new Paragraph(getTranslation("committee.castAlready"));
                cast.setId("ballot-cast-" + meeting.meetingId());
                add(cast);
            } else if (meeting.ballotOpen()) {
                showBallot(meeting);
            } else {
                add(new TotalsGrid("ballot-totals-" + meeting.meetingId(), committee.candidates(meeting.meetingId()), meeting.tiered(), true));
                Anchor pdf = new Anchor("committee/" + meeting.meetingId() + "/result.pdf", getTranslation("committee.resultSheet"));
                pdf.setRouterIgnore(true);
                add(pdf);
            }
        }
    }

    private void showBallot(CommitteeService.MeetingSummary meeting) {
        Map<CommitteeService.CandidateLine, RadioButtonGroup<Choice>> choices = new LinkedHashMap<>();
        Map<CommitteeService.CandidateLine, RadioButtonGroup<String>> tiers = new LinkedHashMap<>();
        for (CommitteeService.CandidateLine line : committee.candidates(meeting.meetingId())) {
            RadioButtonGroup<Choice> choice = new RadioButtonGroup<>(line.rank() + ". " + line.applicant()
                    + (line.entry() == null ? "" : " — " + line.entry()) + (line.score() == null ? "" : " (" + line.score() + ")"));
            choice.setId("ballot-" + line.candidateId());
            choice.setItems(Choice.values());
            choice.setItemLabelGenerator(c -> getTranslation("committee.choice." + c));
            choices.put(line, choice);
            HorizontalLayout row = new HorizontalLayout(choice);
            if (meeting.tiered()) {
                RadioButtonGroup<String> tier = new RadioButtonGroup<>(getTranslation("committee.tier"));
                tier.setId("tier-" + line.candidateId());
                tier.setItems(meeting.tierIds());
                tier.setItemLabelGenerator(t -> getTranslation("committee.tier." + t));
                if (line.proposedTier() != null) {
                    tier.setHelperText(getTranslation("committee.proposed", getTranslation("committee.tier." + line.proposedTier())));
                }
                tier.setEnabled(false);
                choice.addValueChangeListener(e -> tier.setEnabled(e.getValue() == Choice.APPROVE));
                tiers.put(line, tier);
                row.add(tier);
            }
            add(row);
        }
        Button cast = new Button(getTranslation("committee.cast"), e -> {
            List<CommitteeService.BallotEntry> ballot = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            choices.forEach((line, choice) -> {
                String tier = tiers.containsKey(line) && choice.getValue() == Choice.APPROVE ? tiers.get(line).getValue() : null;
                ballot.add(new CommitteeService.BallotEntry(line.candidateId(), choice.getValue(), tier));
                shown.add(line.rank() + ". " + line.applicant() + ": "
                        + (choice.getValue() == null ? "" : getTranslation("committee.choice." + choice.getValue()))
                        + (tier == null ? "" : " (" + getTranslation("committee.tier." + tier) + ")"));
            });
            committee.cast(meeting.meetingId(), ballot);
            Messages.success("committee.castDone");
            show(Map.of(meeting.meetingId(), shown));
        });
        cast.setId("ballot-submit-" + meeting.meetingId());
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("committee.secrecy")), cast);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("committee.ballotTitle");
    }
}
