package org.brandaward.notice;

import java.util.Optional;

/**
 * Published inside the deciding transaction when the office upholds or dismisses an objection. It carries the
 * objector's e-mail address (their contact, when they gave one) so that nothing else needs to read objectors' data.
 */
public record ObjectionDecided(long objectionId, String reference, boolean upheld, String reason, Optional<String> objectorEmail) {
}
