package dev.topolint.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.topolint.Problem;
import dev.topolint.Region;
import dev.topolint.Topolint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Checks a descriptor tree against the published JSON Schema and turns each violation into a
 * {@link Problem} at the offending node, worded for the person who wrote the descriptor.
 */
final class SchemaCheck {

    private final JsonNode schemaDocument;
    private final JsonSchema schema;

    SchemaCheck() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(Topolint.SCHEMA_RESOURCE)) {
            schemaDocument = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the descriptor schema", e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        // Built from the parsed document: the schema and its meta-schema resolve without any network access.
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaDocument, config);
    }

    List<Problem> check(String file, JsonNode root, SourceMap sourceMap) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (ValidationMessage message : schema.validate(root)) {
            if (isInsideAlternative(message)) {
                continue;
            }
            String pointer = message.getInstanceLocation().toString();
            Region region = sourceMap.regionOf(pointer);
            String text = switch (message.getType()) {
                case "additionalProperties" -> {
                    String property = message.getProperty();
                    region = sourceMap.keyRegionOf(Pointers.child(pointer, property));
                    yield "unknown property '" + property + "'"
                            + Suggestions.didYouMean(property, allowedProperties(message));
                }
                case "required" -> "missing required property '" + message.getProperty() + "'";
                case "enum" -> enumMessage(message);
                case "const" -> pointer.equals("/topolint")
                        ? "unsupported descriptor version " + message.getInstanceNode()
                          + "; this topolint reads 'topolint: 1'"
                        : "must be " + message.getSchemaNode();
                case "anyOf", "oneOf" -> quoted(message.getInstanceNode()) + " is not "
                        + describe(message.getSchemaLocation().getFragment().getParent());
                default -> message.getError();
            };
            problems.add(new Problem(file, region, text));
        }
        return problems.stream().sorted(Comparator.naturalOrder()).toList();
    }

    /** Branches of anyOf/oneOf fail by design; the alternative as a whole is reported once instead. */
    private static boolean isInsideAlternative(ValidationMessage message) {
        String path = message.getEvaluationPath().toString();
        return path.contains("/anyOf/") || path.contains("/oneOf/");
    }

    private List<String> allowedProperties(ValidationMessage message) {
        JsonNode owner = schemaNode(message.getSchemaLocation().getFragment().getParent());
        List<String> names = new ArrayList<>();
        owner.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private String enumMessage(ValidationMessage message) {
        List<String> allowed = StreamSupport.stream(message.getSchemaNode().spliterator(), false)
                .map(JsonNode::asText).toList();
        JsonNode value = message.getInstanceNode();
        return quoted(value) + " is not one of " + String.join(", ", allowed)
                + (value.isTextual() ? Suggestions.didYouMean(value.asText(), allowed) : "");
    }

    private String describe(com.networknt.schema.JsonNodePath schemaPath) {
        String description = schemaNode(schemaPath).path("description").asText("");
        return description.isEmpty() ? "valid here" : lowerFirst(stripPeriod(description));
    }

    private JsonNode schemaNode(com.networknt.schema.JsonNodePath fragment) {
        String pointer = fragment == null ? "" : fragment.toString().replaceFirst("^#", "");
        return schemaDocument.at(pointer);
    }

    private static String quoted(JsonNode value) {
        return value.isTextual() ? "'" + value.asText() + "'" : value.toString();
    }

    private static String stripPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
