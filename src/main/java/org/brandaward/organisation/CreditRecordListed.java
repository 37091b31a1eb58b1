package org.brandaward.organisation;

/**
 * Published, inside the recording transaction, when a credit entry is recorded: whoever keeps titles an organisation
 * already holds (一处失信、处处受限) opens a review of them.
 */
public record CreditRecordListed(long creditRecordId, String creditCode) {
}
