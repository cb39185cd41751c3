package io.github.bulletinkit.json;

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

/** The published schema names exactly the properties the reader accepts, and ships in the jar. */
class JsonSchemaTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode schema() throws IOException {
        return mapper.readTree(Files.readString(Path.of("samples", "bulletin.schema.json")));
    }

    private static List<String> properties(JsonNode object) {
        List<String> names = new ArrayList<>(object.get("properties").propertyNames());
        return names;
    }

    @Test
    void namesTheReadersProperties() throws IOException {
        JsonNode schema = schema();
        assertThat(properties(schema)).containsExactlyElementsOf(JsonFields.BULLETIN);
        assertThat(properties(schema.at("/$defs/entry"))).containsExactlyElementsOf(JsonFields.ENTRY);
        assertThat(properties(schema.at("/$defs/link"))).containsExactlyElementsOf(JsonFields.LINK);
        assertThat(properties(schema.at("/$defs/section"))).containsExactlyElementsOf(JsonFields.SECTION);
        assertThat(properties(schema.at("/properties/labels"))).containsExactlyElementsOf(JsonFields.LABELS);
        assertThat(schema.at("/required").toString()).isEqualTo("[\"title\"]");
        assertThat(schema.at("/oneOf").toString())
                .isEqualTo("[{\"required\":[\"entries\"]},{\"required\":[\"sections\"]}]");
        assertThat(schema.at("/$defs/section/required").toString()).isEqualTo("[\"heading\",\"entries\"]");
        assertThat(schema.at("/$defs/entry/required").toString())
                .isEqualTo("[\"topic\",\"source\",\"published\",\"summary\"]");
    }

    @Test
    void shipsInTheJarBesideTheReader() throws IOException {
        try (InputStream in = BulletinJsonReader.class.getResourceAsStream("bulletin.schema.json")) {
            assertThat(in).isNotNull();
            assertThat(mapper.readTree(in)).isEqualTo(schema());
        }
    }
}
