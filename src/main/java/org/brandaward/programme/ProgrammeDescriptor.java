package org.brandaward.programme;

import java.util.Locale;
import java.util.Map;

/**
 * 评选项目 — one programme as data, read from {@code programmes/<id>.yml}.
 *
 * @param processKey        the BPMN process an application of this programme runs through
 * @param certificatePrefix the prefix of certificate numbers, e.g. SDMP-2026-0001
 */
public record ProgrammeDescriptor(String id, Map<String, String> name, Map<String, String> authority,
                                  ApplicantKind applicantKind, String processKey, String certificatePrefix,
                                  int validityYears) {

    public enum ApplicantKind { ORGANISATION, INDIVIDUAL, BOTH }

    public String name(Locale locale) {
        return localised(name, locale);
    }

    public String authority(Locale locale) {
        return localised(authority, locale);
    }

    private static String localised(Map<String, String> texts, Locale locale) {
        return texts.getOrDefault(locale.getLanguage(), texts.get("zh"));
    }
}
