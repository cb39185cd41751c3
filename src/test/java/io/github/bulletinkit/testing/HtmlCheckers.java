package io.github.bulletinkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The two checkers of HTML files, installed by {@code npm ci} in {@code src/test/node}: the Nu HTML Checker
 * (vnu), and axe-core run in headless Chromium by {@code axe-check.mjs}, which also blocks and reports every
 * request for anything but the file itself. A missing node, Chromium or {@code node_modules} skips the test,
 * or fails it when {@code BULLETINKIT_REQUIRE_TOOLS=true}.
 */
public final class HtmlCheckers {

    private static final Path NODE_PROJECT = Path.of("src", "test", "node").toAbsolutePath();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExternalTool node;
    private final ExternalTool java;

    private HtmlCheckers(ExternalTool node, ExternalTool java) {
        this.node = node;
        this.java = java;
    }

    /** The checkers; skips or fails the test when they are not installed. */
    public static HtmlCheckers require() {
        ExternalTool node = ExternalTool.require("node");
        ExternalTool.at(CHROMIUM);
        for (String module : List.of("playwright-core", "axe-core", "vnu-jar")) {
            if (!Files.isDirectory(NODE_PROJECT.resolve("node_modules").resolve(module))) {
                ExternalTool.missing(module + " is not installed: run npm ci in src/test/node");
            }
        }
        return new HtmlCheckers(node, ExternalTool.require("java"));
    }

    /** The Nu HTML Checker's messages about {@code file}, errors and warnings alike, one a line. */
    public List<String> vnuMessages(Path file) throws IOException, InterruptedException {
        Path jar = NODE_PROJECT.resolve("node_modules/vnu-jar/build/dist/vnu.jar");
        // vnu exits with 1 when it finds errors; asked to exit with 0, it lets the test list them all.
        String out = javaOutput(file.getParent(), "-jar", jar.toString(), "--format", "json", "--exit-zero-always",
                file.toString());
        List<String> messages = new ArrayList<>();
        for (JsonNode message : JSON.readTree(out.substring(out.indexOf('{'))).get("messages")) {
            messages.add(message.path("type").asString() + " " + message.path("subType").asString("") + " line "
                    + message.path("lastLine").asInt() + ": " + message.path("message").asString());
        }
        return messages;
    }

    private String javaOutput(Path dir, String... arguments) throws IOException, InterruptedException {
        return java.run(dir, Duration.ofMinutes(2), arguments);
    }

    /**
     * axe-core's results for {@code file} at each viewport ({@code 1280x900}), with a screenshot of each in
     * {@code screenshots} when it is not null.
     */
    public Browsed browse(Path file, Path screenshots, String... viewports) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(NODE_PROJECT.resolve("axe-check.mjs").toString(),
                file.toString(), "--viewports", String.join(",", viewports)));
        if (screenshots != null) {
            arguments.addAll(List.of("--screenshots", screenshots.toString()));
        }
        String out = node.run(file.getParent(), Duration.ofMinutes(2), arguments.toArray(String[]::new));
        return new Browsed(JSON.readTree(out.substring(out.indexOf('{'))));
    }

    /** What the browser saw: the requests it blocked and, at each width, axe's violations and the scroll width. */
    public record Browsed(JsonNode results) {

        /** Every request for something other than the file. */
        public List<String> blockedRequests() {
            return results.get("blocked").valueStream().map(JsonNode::asString).toList();
        }

        /** Each violation at {@code width}: its rule, what it asks, and the elements that break it. */
        public List<String> violations(int width) {
            List<String> violations = new ArrayList<>();
            for (JsonNode violation : run(width).get("violations")) {
                violations.add(violation.get("id").asString() + ": " + violation.get("help").asString() + " "
                        + violation.get("nodes"));
            }
            return violations;
        }

        /** How many rules axe checked and passed at {@code width}. */
        public int passes(int width) {
            return run(width).get("passes").asInt();
        }

        /** {@code document.documentElement.scrollWidth} at {@code width}. */
        public int scrollWidth(int width) {
            return run(width).get("scrollWidth").asInt();
        }

        private JsonNode run(int width) {
            return results.get("runs").valueStream().filter(run -> run.get("width").asInt() == width).findFirst()
                    .orElseThrow();
        }
    }

    /** Asserts that both checkers find nothing wrong with {@code file} at 1280 and 375 pixels wide. */
    public Browsed assertClean(Path file, Path screenshots) throws IOException, InterruptedException {
        assertThat(vnuMessages(file)).as("the Nu HTML Checker on %s", file.getFileName()).isEmpty();
        Browsed browsed = browse(file, screenshots, "1280x900", "375x812");
        assertThat(browsed.blockedRequests()).as("requests for anything but the file").isEmpty();
        for (int width : new int[] {1280, 375}) {
            assertThat(browsed.violations(width)).as("axe-core at %d px", width).isEmpty();
            assertThat(browsed.passes(width)).as("rules axe-core checked and passed at %d px", width).isPositive();
            assertThat(browsed.scrollWidth(width)).as("the page's width at %d px: no sideways scrolling", width)
                    .isLessThanOrEqualTo(width);
        }
        return browsed;
    }
}
