package io.github.bulletinkit.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The published theme schema names exactly the properties the reader accepts, and ships in the jar. */
class ThemeSchemaTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode schema() throws IOException {
        return mapper.readTree(Files.readString(Path.of("samples", "theme.schema.json")));
    }

    private static List<String> properties(JsonNode object) {
        return new ArrayList<>(object.get("properties").propertyNames());
    }

    @Test
    void namesTheReadersProperties() throws IOException {
        JsonNode schema = schema();

        assertThat(properties(schema)).containsExactlyElementsOf(ThemeFields.THEME);
        assertThat(properties(schema.at("/properties/logo"))).containsExactlyElementsOf(ThemeFields.LOGO);
        assertThat(properties(schema.at("/properties/colours"))).containsExactlyElementsOf(ThemeFields.COLOURS);
        assertThat(properties(schema.at("/properties/fonts"))).containsExactlyElementsOf(ThemeFields.FONTS);
    }

    @Test
    void requiresWhatTheReaderRequiresAndNothingElse() throws IOException {
        JsonNode schema = schema();

        assertThat(schema.has("required")).isFalse();
        assertThat(schema.at("/properties/logo/required").toString()).isEqualTo("[\"image\",\"description\"]");
        assertThat(schema.at("/properties/colours").has("required")).isFalse();
        assertThat(schema.at("/properties/fonts/required").toString())
                .isEqualTo("[\"regular\",\"bold\",\"italic\",\"boldItalic\"]");
        for (String object : List.of("", "/properties/logo", "/properties/colours", "/properties/fonts")) {
            assertThat(schema.at(object + "/additionalProperties").asBoolean(true)).as(object).isFalse();
        }
    }

    @Test
    void givesTheColoursTheDefaultsOfTheDefaultTheme() throws IOException {
        JsonNode colours = schema().at("/properties/colours/properties");
        io.github.bulletinkit.theme.Theme defaults = io.github.bulletinkit.theme.Theme.defaults();

        assertThat(colours.at("/accent/default").asString()).isEqualTo("#" + defaults.accent().hex());
        assertThat(colours.at("/text/default").asString()).isEqualTo("#" + defaults.text().hex());
        assertThat(colours.at("/secondary/default").asString()).isEqualTo("#" + defaults.secondary().hex());
        assertThat(colours.at("/link/default").asString()).isEqualTo("#" + defaults.link().hex());
        assertThat(colours.at("/rule/default").asString()).isEqualTo("#" + defaults.rule().hex());
        assertThat(schema().at("/properties/logo/properties/height/default").asDouble())
                .isEqualTo(defaults.logoHeight());
    }

    @Test
    void shipsInTheJarBesideTheReader() throws IOException {
        try (InputStream in = ThemeReader.class.getResourceAsStream("theme.schema.json")) {
            assertThat(in).isNotNull();
            assertThat(mapper.readTree(in)).isEqualTo(schema());
        }
    }
}
