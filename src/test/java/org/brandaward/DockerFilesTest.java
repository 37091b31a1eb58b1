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
    static Map<String, Object> twoNodes;
    static String composeText;
    static String twoNodesText;
    static String nginx;
    static String dockerfile;

    @BeforeAll
    static void read() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile()).getDocumentElement();
        artifactId = childText(project, "artifactId");
        version = childText(project, "version");
        composeText = Files.readString(Path.of("docker/compose.yaml"));
        compose = new Yaml().load(composeText);
        twoNodesText = Files.readString(Path.of("docker/compose.two-nodes.yaml"));
        twoNodes = new Yaml().load(twoNodesText);
        nginx = Files.readString(Path.of("docker/nginx.conf"));
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

    @Test
    void no_compose_file_starts_without_a_database_password() {
        for (String text : List.of(composeText, twoNodesText)) {
            List<String> uses = text.lines().filter(l -> l.contains("POSTGRES_PASSWORD}") || l.contains("${POSTGRES_PASSWORD")).toList();
            assertThat(uses).as("lines using the password").isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains("${POSTGRES_PASSWORD:?").doesNotContain(":-"));
            assertThat(text).doesNotContain("change-me");
        }
    }

    @Test
    void two_nodes_of_the_image_share_one_database_one_attachment_store_and_one_signing_key() {
        Map<String, Object> a = service(twoNodes, "app-a");
        Map<String, Object> b = service(twoNodes, "app-b");
        assertThat(service(twoNodes, "db").get("image")).isEqualTo("postgres:17");
        for (Map<String, Object> node : List.of(a, b)) {
            assertThat(node.get("image")).isEqualTo(artifactId + ":" + version);
            Map<String, Object> environment = (Map<String, Object>) node.get("environment");
            assertThat((String) environment.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://db:5432/");
            assertThat(environment.get("BRAND_AWARD_ATTACHMENTS_DIRECTORY")).isEqualTo("/app/shared/attachments");
            assertThat((String) environment.get("BRAND_AWARD_SIGNING_KEY")).startsWith("${BRAND_AWARD_SIGNING_KEY:?");
            assertThat(environment.get("BRAND_AWARD_DEMO_DATA")).isEqualTo("false");
            assertThat((List<String>) node.get("volumes")).containsExactly("shared-data:/app/shared");
        }
        assertThat((Map<String, Object>) a.get("environment")).containsEntry("BRAND_AWARD_NODE_ROUTE", "app-a");
        assertThat((Map<String, Object>) b.get("environment")).containsEntry("BRAND_AWARD_NODE_ROUTE", "app-b");
        assertThat((Map<String, Object>) b.get("depends_on")).as("the second node starts once the first migrated the schema")
                .containsEntry("app-a", Map.of("condition", "service_healthy"));
        assertThat((Map<String, Object>) twoNodes.get("volumes")).containsOnlyKeys("db-data", "shared-data");
    }

    @Test
    void nginx_routes_a_session_to_the_node_named_in_its_id_and_anonymous_requests_to_either() {
        Map<String, Object> proxy = service(twoNodes, "nginx");
        assertThat((List<String>) proxy.get("volumes")).containsExactly("./nginx.conf:/etc/nginx/conf.d/default.conf:ro");
        assertThat((List<String>) proxy.get("depends_on")).containsExactlyInAnyOrder("app-a", "app-b");
        assertThat(nginx).contains("map $cookie_JSESSIONID $brand_award_nodes", "\"~\\.app-a$\" app_a;", "\"~\\.app-b$\" app_b;",
                "proxy_pass http://$brand_award_nodes;", "upstream app_any", "server app-a:8080", "server app-b:8080",
                "client_max_body_size 25m;");
        String anyNode = nginx.substring(nginx.indexOf("upstream app_any"), nginx.indexOf("}", nginx.indexOf("upstream app_any")));
        assertThat(anyNode).contains("server app-a:8080", "server app-b:8080");
        assertThat(nginx.lines().map(String::strip).filter(l -> !l.startsWith("#")).toList())
                .as("no directive of the commercial nginx").noneMatch(l -> l.startsWith("sticky"));
    }

    private static Map<String, Object> service(String name) {
        return service(compose, name);
    }

    private static Map<String, Object> service(Map<String, Object> file, String name) {
        return (Map<String, Object>) ((Map<String, Object>) file.get("services")).get(name);
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
