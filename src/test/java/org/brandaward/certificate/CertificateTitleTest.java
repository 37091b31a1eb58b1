package org.brandaward.certificate;

import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.shared.YamlFiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The printed title is worded by the tier: the first tier is the programme's own name, another tier is appended. */
class CertificateTitleTest {

    @Test
    void the_quality_awards_tiers_read_as_the_award_and_the_nomination_award() {
        var programme = programme("sd-governor-quality-award");
        assertThat(CertificateTitle.of(programme, "award")).isEqualTo("山东省省长质量奖");
        assertThat(CertificateTitle.of(programme, "NOMINATION")).isEqualTo("山东省省长质量奖提名奖");
        assertThat(CertificateTitle.of(programme, null)).isEqualTo("山东省省长质量奖");
    }

    @Test
    void a_programme_without_tiers_prints_its_name() {
        assertThat(CertificateTitle.of(programme("sd-famous-product"), null)).isEqualTo("山东名牌产品");
    }

    private static ProgrammeDescriptor programme(String id) {
        return YamlFiles.read(List.of("classpath:programmes/" + id + ".yml"), ProgrammeDescriptor.class).get(0);
    }
}
