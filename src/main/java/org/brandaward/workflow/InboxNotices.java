package org.brandaward.workflow;

import java.util.List;

/**
 * Lines a feature puts above the signed-in user's task list, such as the office's reminders to an expert. Features
 * implement it as a bean; the inbox lists what they give and knows none of them.
 */
public interface InboxNotices {

    /** A message key of {@code messages*.properties} with its arguments, already formatted where they are dates. */
    record Notice(String messageKey, List<Object> arguments) {
    }

    /** What the signed-in user should read before their tasks; empty when nothing. */
    List<Notice> forSignedInUser();
}
