package org.brandaward.publication;

import org.brandaward.review.RoundStep;
import org.springframework.stereotype.Component;

/** The ranking page's button that starts the round's decision (committee, notice, approval, publication). Public, so DenyByDefaultIT reaches its methods. */
@Component
public class StartDecisionStep implements RoundStep {

    private final PublicationService publications;

    StartDecisionStep(PublicationService publications) {
        this.publications = publications;
    }

    @Override
    public String id() {
        return "start-round-decision";
    }

    @Override
    public String labelKey() {
        return "publication.startDecision";
    }

    @Override
    public String doneKey() {
        return "publication.decisionStarted";
    }

    @Override
    public boolean offeredFor(long roundId) {
        return !publications.isStarted(roundId);
    }

    @Override
    public void take(long roundId) {
        publications.startDecision(roundId);
    }
}
