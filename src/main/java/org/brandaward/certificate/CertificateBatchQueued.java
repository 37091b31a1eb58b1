package org.brandaward.certificate;

/** A batch was queued (by publication) or queued again (by the office): a runner should take it up once this commits. */
record CertificateBatchQueued(long batchId) {
}
