package org.brandaward;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The application's {@link Clock} (Asia/Shanghai) is the only source of "now": a {@code now()} of the JVM's zone
 * disagrees with Beijing's date eight hours a day on a server running in UTC.
 */
class ClockRulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.brandaward");

    @Test
    void the_main_code_takes_now_from_the_injected_clock_only() {
        ArchRule rule = noClasses().should()
                .callMethod(LocalDate.class, "now").orShould().callMethod(LocalDate.class, "now", ZoneId.class)
                .orShould().callMethod(LocalDateTime.class, "now").orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(LocalTime.class, "now").orShould().callMethod(LocalTime.class, "now", ZoneId.class)
                .orShould().callMethod(ZonedDateTime.class, "now").orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(OffsetDateTime.class, "now").orShould().callMethod(OffsetDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(Clock.class, "systemDefaultZone").orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callConstructor(Date.class)
                .because("the application's Clock bean is the only source of now");
        rule.check(MAIN);
    }
}
