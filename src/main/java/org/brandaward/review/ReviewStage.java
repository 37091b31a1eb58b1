package org.brandaward.review;

/** 材料评审 / 现场评审 — the document review every application gets, and the site review of those selected for it. */
public enum ReviewStage { DOCUMENT, SITE }
