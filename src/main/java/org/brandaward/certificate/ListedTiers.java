package org.brandaward.certificate;

import java.util.Optional;

/**
 * The tier an approved application was listed in (quality awards: 质量奖 / 提名奖), as its round's decision recorded
 * it: the programme's tier id. Implemented by publication, which owns the decision; certificate asks through this
 * interface so that it never imports publication (publication imports certificate).
 */
public interface ListedTiers {

    /** The tier id of the application's entry on its round's approved list; empty when it has none. */
    Optional<String> tierOf(long applicationId);
}
