package org.brandaward;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.yaml.snakeyaml.Yaml;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** No Docker engine runs here, so the deployment files are checked as far as a parser can: names, wiring, user. */
@SuppressWarnings("unchecked")
class DockerFilesTest {

    static String artifactId;
    static String version;
    static Map<String, Object> compose;
    static String dockerfile;

    @BeforeAll
    static void read() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile()).getDocumentElement();
        artifactId = childText(project, "artifactId");
        version = childText(project, "version");
        compose = new Yaml().load(Files.readString(Path.of("docker/compose.yaml")));
        dockerfile = Files.readString(Path.of("docker/Dockerfile"));
    }

    @Test
    void compose_names_the_image_the_build_produces() {
        Map<String, Object> app = service("app");
        assertThat(app.get("image")).isEqualTo(artifactId + ":" + version);
        assertThat((Map<String, Object>) app.get("build")).containsEntry("context", "..").containsEntry("dockerfile", "docker/Dockerfile");
    }

    @Test
    void the_app_uses_the_compose_postgresql_17_and_waits_for_it() {
        assertThat(service("db").get("image")).isEqualTo("postgres:17");
        Map<String, Object> app = service("app");
        Map<String, Object> environment = (Map<String, Object>) app.get("environment");
        assertThat((String) environment.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://db:5432/");
        assertThat(environment).containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
        assertThat(environment.get("BRAND_AWARD_DEMO_DATA")).asString().contains("false");
        assertThat((Map<String, Object>) app.get("depends_on")).containsEntry("db", Map.of("condition", "service_healthy"));
    }

    @Test
    void database_and_application_data_live_in_named_volumes() {
        assertThat((Map<String, Object>) compose.get("volumes")).containsKeys("db-data", "app-data");
        assertThat((List<String>) service("db").get("volumes")).contains("db-data:/var/lib/postgresql/data");
        assertThat((List<String>) service("app").get("volumes")).contains("app-data:/app/data");
    }

    @Test
    void the_image_runs_the_production_jar_as_an_unprivileged_user() throws IOException {
        // plain package builds the production jar (PackagedJarIT starts it); there is no production profile any more
        assertThat(dockerfile).contains("RUN ./mvnw -B -DskipTests package", "target/" + artifactId + "-" + version + ".jar")
                .doesNotContain("-Pproduction");
        assertThat(dockerfile.lines().filter(l -> l.startsWith("USER ")).toList()).containsExactly("USER brandaward");
        assertThat(dockerfile).contains("FROM eclipse-temurin:17-jre");
    }

    private static Map<String, Object> service(String name) {
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    private static String childText(Element parent, String tag) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                return element.getTextContent().strip();
            }
        }
        throw new IllegalStateException("no <" + tag + "> in pom.xml");
    }
}
