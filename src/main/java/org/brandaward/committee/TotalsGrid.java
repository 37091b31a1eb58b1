package org.brandaward.committee;

import com.vaadin.flow.component.grid.Grid;

import java.util.List;

/** The meeting's candidates with their score summary and, once the ballot is closed, the totals — never a member's vote. */
class TotalsGrid extends Grid<CommitteeService.CandidateLine> {

    TotalsGrid(String id, List<CommitteeService.CandidateLine> lines, boolean tiered, boolean counted) {
        setId(id);
        addColumn(CommitteeService.CandidateLine::rank).setHeader(getTranslation("committee.rank")).setAutoWidth(true);
        addColumn(CommitteeService.CandidateLine::applicant).setHeader(getTranslation("committee.applicant")).setAutoWidth(true);
        addColumn(CommitteeService.CandidateLine::entry).setHeader(getTranslation("committee.entry")).setAutoWidth(true);
        addColumn(CommitteeService.CandidateLine::score).setHeader(getTranslation("committee.score")).setAutoWidth(true);
        if (tiered) {
            addColumn(l -> tierName(l.proposedTier())).setHeader(getTranslation("committee.proposedTier")).setAutoWidth(true);
        }
        if (counted) {
            addColumn(CommitteeService.CandidateLine::approvals).setHeader(getTranslation("committee.approvals")).setAutoWidth(true);
            addColumn(CommitteeService.CandidateLine::rejections).setHeader(getTranslation("committee.rejections")).setAutoWidth(true);
            addColumn(CommitteeService.CandidateLine::abstentions).setHeader(getTranslation("committee.abstentions")).setAutoWidth(true);
            if (tiered) {
                addColumn(l -> l.firstTierVotes() + " / " + l.secondTierVotes()).setHeader(getTranslation("committee.tierVotes")).setAutoWidth(true);
            }
            addColumn(this::outcome).setHeader(getTranslation("committee.outcome")).setAutoWidth(true);
        }
        setItems(lines);
        setAllRowsVisible(true);
    }

    private String outcome(CommitteeService.CandidateLine line) {
        if (!line.passed()) {
            return getTranslation("committee.outcome.rejected");
        }
        String tier = line.tier() == null ? "" : " (" + tierName(line.tier()) + ")";
        return getTranslation(line.kept() ? "committee.outcome.passed" : "committee.outcome.overQuota") + tier;
    }

    private String tierName(String tier) {
        return tier == null ? "" : getTranslation("committee.tier." + tier);
    }
}
