package dev.topolint.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
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
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Checks a descriptor tree against the published JSON Schema and turns each violation into a
 * {@link Problem} at the offending node, worded for the person who wrote the descriptor.
 */
final class SchemaCheck {

    private static final String CLASSPATH_SCHEME = "classpath:";

    private final JsonNode schemaDocument;
    private final JsonSchema schema;

    /** The check against the descriptor schema. */
    SchemaCheck() {
        this(Topolint.SCHEMA_RESOURCE);
    }

    /** The check against one of the schemas topolint ships, by its class-path resource. */
    SchemaCheck(String resource) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            schemaDocument = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + resource, e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        schema = offlineFactory().getSchema(schemaDocument, config);
        // Validators are otherwise created lazily on first use, which is not safe when files are checked in parallel.
        schema.initializeValidators();
    }

    /**
     * A schema factory that never opens a connection. The schema is built from its parsed document, its
     * meta-schema is mapped onto the copy inside the validator's jar, and any other {@code $ref} or {@code $schema}
     * is refused rather than fetched: a linter run in CI must not be a way to make requests.
     */
    static JsonSchemaFactory offlineFactory() {
        return JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012))
                .schemaLoaders(loaders -> loaders.add(
                        new AllowSchemaLoader(iri -> iri.toString().startsWith(CLASSPATH_SCHEME))))
                .build();
    }

    List<Problem> check(String file, JsonNode root, SourceMap sourceMap) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (ValidationMessage message : schema.validate(root)) {
            String pointer = message.getInstanceLocation().toString();
            Region region = sourceMap.valueRegionOf(pointer);
            String alternative = alternativeOwner(message);
            String text = alternative != null
                    ? quoted(message.getInstanceNode()) + " is not " + describe(alternative)
                    : switch (message.getType()) {
                case "additionalProperties" -> {
                    String property = message.getProperty();
                    region = sourceMap.keyRegionOf(Pointers.child(pointer, property));
                    yield "unknown property '" + property + "'"
                            + Suggestions.didYouMean(property, allowedProperties(message));
                }
                case "required" -> "missing required property '" + message.getProperty() + "'";
                case "type" -> "expected " + typeNames(message.getSchemaNode()) + ", found "
                        + message.getInstanceNode().getNodeType().name().toLowerCase(Locale.ROOT);
                case "enum" -> enumMessage(message);
                case "const" -> pointer.equals("/topolint")
                        ? "unsupported descriptor version " + message.getInstanceNode()
                          + "; this topolint reads 'topolint: 1'"
                        : "must be " + message.getSchemaNode();
                default -> message.getError();
            };
            problems.add(new Problem(file, region, text));
        }
        return problems.stream().sorted(Comparator.naturalOrder()).toList();
    }

    /**
     * The schema path that owns the anyOf or oneOf a message comes from, or {@code null}. Every branch of a failed
     * alternative reports on its own; the alternative as a whole is what the writer needs to hear, once.
     */
    private static String alternativeOwner(ValidationMessage message) {
        String fragment = String.valueOf(message.getSchemaLocation().getFragment());
        int at = Math.max(fragment.lastIndexOf("/anyOf/"), fragment.lastIndexOf("/oneOf/"));
        return at < 0 ? null : fragment.substring(0, at);
    }

    private List<String> allowedProperties(ValidationMessage message) {
        JsonNode owner = schemaNode(String.valueOf(message.getSchemaLocation().getFragment().getParent()));
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

    private String describe(String schemaPath) {
        String description = schemaNode(schemaPath).path("description").asText("");
        return description.isEmpty() ? "valid here" : lowerFirst(stripPeriod(description));
    }

    private JsonNode schemaNode(String fragment) {
        return schemaDocument.at(fragment.replaceFirst("^#", ""));
    }

    private static String typeNames(JsonNode type) {
        if (!type.isArray()) {
            return type.asText();
        }
        List<String> names = new ArrayList<>();
        type.forEach(name -> names.add(name.asText()));
        return String.join(" or ", names);
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
