package org.brandaward.badinput;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Script and markup typed into any field reach pages and PDFs only as text: a rule per way the sources could let
 * markup through (an unescaped Thymeleaf expression, a Vaadin component that takes HTML, a Jasper text field that
 * reads markup), and every spreadsheet cell the application writes goes through the one writer that neutralises
 * formulas (publication/ListDocuments, quote-prefixing cells that start with = + - @, a tab or a carriage return).
 * What the rules guard is tried end to end elsewhere: PublicNoticeIT puts {@code <script>} in a candidate's name on
 * the public pages, PublicationIT a formula in a workbook cell.
 */
class MarkupAndFormulaTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path JAVA = Path.of("src/main/java");
    static final Path REPORTS = Path.of("reports");

    static Stream<Arguments> rules() {
        return Stream.of(
                // name, where, files ending in, a pattern none may contain
                arguments("no th:utext on a public page", TEMPLATES, ".html", Pattern.compile("th:utext")),
                arguments("no unescaped inline [(...)] on a public page", TEMPLATES, ".html", Pattern.compile("\\[\\(")),
                arguments("no JavaScript inlining of model values", TEMPLATES, ".html", Pattern.compile("th:inline\\s*=\\s*\"javascript\"")),
                arguments("no event handler attribute fed from the model", TEMPLATES, ".html", Pattern.compile("th:on[a-z]+=")),
                arguments("no Vaadin Html component", JAVA, ".java", Pattern.compile("new Html\\(|\\bHtml\\.")),
                arguments("no innerHTML set from Java", JAVA, ".java", Pattern.compile("innerHTML|outerHTML")),
                arguments("no JavaScript run with a text built in Java", JAVA, ".java", Pattern.compile("executeJs\\(\\s*\"[^\"]*\"\\s*\\+")),
                arguments("no Jasper text field reading markup", REPORTS, ".jrxml", Pattern.compile("markup\\s*=\\s*\"(html|styled|rtf)\"")),
                arguments("no Jasper styled text", REPORTS, ".jrxml", Pattern.compile("isStyledText\\s*=\\s*\"true\"")),
                arguments("no CSV written anywhere (a CSV cell cannot be marked as text)", JAVA, ".java", Pattern.compile("CSVPrinter|\\.printRecord\\(")),
                arguments("no spreadsheet cell set outside ListDocuments.write", JAVA, ".java", Pattern.compile("setCellValue\\(|setCellFormula\\(")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void no_source_lets_markup_or_formulas_through(String rule, Path where, String suffix, Pattern forbidden) {
        List<Path> files = files(where, suffix);
        assertThat(files).as("files checked under %s", where).isNotEmpty();
        List<String> hits = files.stream()
                .filter(file -> !(file.endsWith("publication/ListDocuments.java") && forbidden.pattern().startsWith("setCellValue")))
                .flatMap(file -> lines(file).filter(line -> forbidden.matcher(line).find()).map(line -> file + ": " + line.strip()))
                .toList();
        assertThat(hits).as(rule).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void each_rule_finds_what_it_forbids(String rule, Path where, String suffix, Pattern forbidden) {
        String sample = switch (suffix) {
            case ".html" -> "<p th:utext=\"${x}\">[(${x})]</p><script th:inline=\"javascript\"></script><a th:onclick=\"${x}\"></a>";
            case ".jrxml" -> "<textElement markup=\"html\"/><textElement isStyledText=\"true\"/>";
            default -> "add(new Html(x)); Html.of(x); e.setProperty(\"innerHTML\", x); executeJs(\"a\" + x); "
                    + "new CSVPrinter(out); cell.setCellValue(x);";
        };
        assertThat(forbidden.matcher(sample).find()).as("the rule %s can fail", rule).isTrue();
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
