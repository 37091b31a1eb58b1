package org.brandaward.programme;

import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The eight seed programmes as PROGRAMMES.md describes them, each pointing at models that exist. */
class ProgrammeCatalogTest {

    static ProgrammeCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = new ProgrammeCatalog(List.of(ProgrammeCatalog.SEED_DESCRIPTORS));
    }

    @Test
    void all_eight_seed_programmes_are_there_with_both_names() {
        assertThat(catalog.all()).extracting(ProgrammeDescriptor::id).containsExactlyInAnyOrder(
                "sd-governor-quality-award", "hn-governor-quality-award", "sd-famous-product", "sd-service-brand",
                "hn-famous-product", "qh-famous-brand", "qh-time-honored-brand", "cn-time-honored-brand");
        assertThat(catalog.all()).allSatisfy(p -> {
            assertThat(p.name(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
            assertThat(p.name(Locale.ENGLISH)).isNotBlank().isNotEqualTo(p.name(Locale.SIMPLIFIED_CHINESE));
            assertThat(p.authority(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
            assertThat(p.formSections()).contains(ProgrammeDescriptor.FormSection.ORGANISATION_PROFILE,
                    ProgrammeDescriptor.FormSection.ATTACHMENTS, ProgrammeDescriptor.FormSection.PLEDGE);
        });
    }

    @Test
    void each_family_shares_one_process_one_eligibility_table_and_one_rubric() {
        Map<Family, List<String>> expected = Map.of(
                Family.QUALITY_AWARD, List.of("quality-award", "quality-award-eligibility", "gbt-19580"),
                Family.FAMOUS_BRAND, List.of("brand-recognition", "famous-brand-eligibility", "famous-brand-100"),
                Family.TIME_HONOURED, List.of("time-honoured-brand", "time-honoured-eligibility", "time-honoured-100"));
        assertThat(catalog.all()).allSatisfy(p -> assertThat(List.of(p.processKey(), p.eligibilityDecision(), p.rubric()))
                .as(p.id()).isEqualTo(expected.get(p.family())));
    }

    @Test
    void every_eligibility_decision_named_by_a_programme_is_a_dmn_table_in_bpmn() throws Exception {
        Set<String> decisions = idsIn(".dmn", "decision");
        assertThat(catalog.all()).extracting(ProgrammeDescriptor::eligibilityDecision).allMatch(decisions::contains);
    }

    @Test
    void every_process_named_by_a_programme_is_a_bpmn_model_in_bpmn() throws Exception {
        Set<String> processes = idsIn(".bpmn", "bpmn:process");
        assertThat(catalog.all()).extracting(ProgrammeDescriptor::processKey).allMatch(processes::contains);
    }

    @Test
    void every_rubric_named_by_a_programme_is_a_rubric_file() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/rubrics"))) {
            Set<String> rubrics = files.map(f -> f.getFileName().toString().replace(".yml", "")).collect(java.util.stream.Collectors.toSet());
            assertThat(catalog.all()).extracting(ProgrammeDescriptor::rubric).allMatch(rubrics::contains);
        }
    }

    private static Set<String> idsIn(String suffix, String element) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
                var nodes = document.getElementsByTagName(element);
                for (int i = 0; i < nodes.getLength(); i++) {
                    ids.add(nodes.item(i).getAttributes().getNamedItem("id").getNodeValue());
                }
            }
        }
        return ids;
    }

    @Test
    void quality_awards_have_two_tiers_individual_applicants_and_the_shandong_quotas() {
        ProgrammeDescriptor shandong = catalog.get("sd-governor-quality-award");
        assertThat(shandong.applicantKind()).isEqualTo(ProgrammeDescriptor.ApplicantKind.BOTH);
        assertThat(shandong.tiers()).extracting(ProgrammeDescriptor.Tier::id).containsExactly("award", "nomination");
        assertThat(shandong.tiers().get(0).name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("质量奖");
        assertThat(shandong.cycleYears()).isEqualTo(2);
        assertThat(shandong.quotas()).isEqualTo(new ProgrammeDescriptor.Quotas(10, null, 3, 2));
        assertThat(shandong.recommendation()).containsExactly(ProgrammeDescriptor.RecommendationLevel.COUNTY,
                ProgrammeDescriptor.RecommendationLevel.CITY);
        assertThat(shandong.cityNoticeWorkingDays()).isEqualTo(5);
        assertThat(shandong.validityYears()).as("the title is kept").isNull();
        assertThat(catalog.get("hn-governor-quality-award").reapplicationLockoutYears()).isEqualTo(6);
    }

    @Test
    void brands_are_valid_three_years_with_three_years_of_figures() {
        assertThat(Stream.of("sd-famous-product", "sd-service-brand", "hn-famous-product", "qh-famous-brand").map(catalog::get))
                .allSatisfy(p -> {
                    assertThat(p.validityYears()).isEqualTo(3);
                    assertThat(p.figureYears()).isEqualTo(3);
                    assertThat(p.cycleYears()).isEqualTo(1);
                    assertThat(p.noticeDays()).isEqualTo(7);
                });
        assertThat(catalog.get("sd-service-brand").formSections()).contains(ProgrammeDescriptor.FormSection.SERVICE);
    }

    @Test
    void time_honoured_brands_differ_in_brand_age_and_notice() {
        ProgrammeDescriptor qinghai = catalog.get("qh-time-honored-brand");
        ProgrammeDescriptor national = catalog.get("cn-time-honored-brand");
        assertThat(qinghai.minimumBrandAge()).isEqualTo(30);
        assertThat(national.minimumBrandAge()).isEqualTo(50);
        assertThat(qinghai.noticeDays()).isEqualTo(10);
        assertThat(qinghai.noticeInWorkingDays()).isFalse();
        assertThat(national.noticeDays()).isEqualTo(15);
        assertThat(national.noticeInWorkingDays()).isTrue();
        assertThat(qinghai.figureYears()).isEqualTo(5);
        assertThat(qinghai.recommendation()).containsExactly(ProgrammeDescriptor.RecommendationLevel.CITY);
    }
}
