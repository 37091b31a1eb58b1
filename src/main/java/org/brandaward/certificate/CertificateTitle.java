package org.brandaward.certificate;

import org.brandaward.programme.ProgrammeDescriptor;

import java.util.Locale;

/**
 * The title a certificate prints, in Chinese: the programme's name, worded by the tier. A tier whose name the
 * programme's name already ends with (山东省省长质量奖 · 质量奖) adds nothing; another tier is appended
 * (山东省省长质量奖 · 提名奖 → 山东省省长质量奖提名奖), which is how the awards are named in the provinces' decisions.
 */
final class CertificateTitle {

    private CertificateTitle() {
    }

    static String of(ProgrammeDescriptor programme, String tierId) {
        String name = programme.name(Locale.CHINESE);
        if (tierId == null) {
            return name;
        }
        return programme.tiers().stream().filter(t -> t.id().equalsIgnoreCase(tierId)).findFirst()
                .map(t -> t.name(Locale.CHINESE))
                .map(tierName -> name.endsWith(tierName) ? name : name + tierName)
                .orElse(name);
    }
}
