package org.brandaward.reliability;

import org.brandaward.AwardsApplication;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.survey.SurveyImport;
import org.brandaward.survey.SurveyService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A node of the application in a JVM of its own that imports one satisfaction survey file as the office does
 * (preview, then confirm), for {@link SurveyImportKillIT} to kill mid-import. Arguments: the JDBC address, the round
 * id, the file. The test classpath's application (profile test) on that database, with nothing of its own running:
 * no migration, deployment, job executor or demo data.
 */
public final class ImportNode {

    static final String IMPORTING = "IMPORT-NODE: confirming";

    private ImportNode() {
    }

    public static void main(String[] arguments) throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AwardsApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("test")
                .run("--server.port=0",
                        "--spring.datasource.url=" + arguments[0],
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.jmx.enabled=false",
                        "--spring.flyway.enabled=false",
                        "--brand-award.demo-data=false",
                        "--camunda.bpm.process-engine-name=importNode",
                        "--camunda.bpm.auto-deployment-enabled=false",
                        "--camunda.bpm.job-execution.enabled=false");
        long roundId = Long.parseLong(arguments[1]);
        Path file = Path.of(arguments[2]);
        byte[] content = Files.readAllBytes(file);
        SurveyService surveys = context.getBean(SurveyService.class);
        SignIn.as("office", Roles.OFFICE);
        SurveyImport.Result preview = surveys.preview(roundId, file.getFileName().toString(), content);
        System.out.println(IMPORTING + " " + preview.accepted().size() + " rows");
        System.out.flush();
        int stored = surveys.confirm(roundId, file.getFileName().toString(), content, preview.digest());
        System.out.println("IMPORT-NODE: stored " + stored);
        context.close();
    }
}
