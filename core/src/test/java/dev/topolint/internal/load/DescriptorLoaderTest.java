package dev.topolint.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.topolint.DescriptorException;
import dev.topolint.Problem;
import dev.topolint.model.Descriptor;
import dev.topolint.model.FirewallType;
import dev.topolint.model.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptorLoaderTest {

    private static final DescriptorLoader LOADER = new DescriptorLoader();

    private static final String VALID = """
            topolint: 1
            dns:
              - {name: www.example.com, type: A, values: [203.0.113.10]}
            hosts:
              - id: web-01
                public_ip: 203.0.113.10
                services:
                  - type: web
                    listen: [{port: 443, protocol: https, certificate: www.example.com}]
                firewall:
                  inbound:
                    - {port: 443, from: any}
            """;

    private static List<String> problems(String text) {
        return problems("d.yaml", text);
    }

    private static List<String> problems(String file, String text) {
        DescriptorException error = assertThrows(DescriptorException.class, () -> LOADER.load(file, text));
        return error.problems().stream().map(Problem::describe).toList();
    }

    @Test
    void readsAValidDescriptorIntoTheModel() throws DescriptorException {
        Descriptor descriptor = LOADER.load("d.yaml", VALID).descriptor();

        assertEquals("web@web-01", descriptor.hosts().get(0).services().get(0).id());
        assertEquals(Protocol.HTTPS, descriptor.hosts().get(0).services().get(0).listeners().get(0).protocol());
        assertEquals("0.0.0.0", descriptor.hosts().get(0).services().get(0).listeners().get(0).bind());
        assertEquals(FirewallType.HOST, descriptor.firewalls().get(0).type());
        assertEquals(List.of("web-01"), descriptor.firewalls().get(0).protects());
    }

    @Test
    void placesEachNodeOnItsLine() throws DescriptorException {
        SourceMap map = LOADER.load("d.yaml", VALID).sourceMap();

        assertEquals(5, map.regionOf("/hosts/0").startLine());
        assertEquals(5, map.regionOf("/hosts/0").startColumn());
        assertEquals(9, map.regionOf("/hosts/0/services/0/listen/0").startLine());
        assertEquals(10, map.regionOf("/hosts/0/firewall").startLine());
        assertEquals(10, map.regionOf("/hosts/0/firewall/software").startLine(), "an absent node falls back to its parent");
    }

    @Test
    void misspelledPropertyIsReportedAtItsKeyWithASuggestion() {
        assertEquals(List.of("d.yaml:7:5: unknown property 'serivces'; did you mean 'services'?"),
                problems(VALID.replace("    services:", "    serivces:")));
    }

    @Test
    void wrongTypeIsReportedAtTheValue() {
        assertEquals(List.of("d.yaml:12:18: expected integer or array, found string"),
                problems(VALID.replace("{port: 443, from: any}", "{port: \"443\", from: any}")));
    }

    @Test
    void unknownEnumValueSuggestsTheClosestOne() {
        assertEquals(List.of("d.yaml:9:40: 'htps' is not one of http, https, tcp; did you mean 'https'?"),
                problems(VALID.replace("protocol: https", "protocol: htps")));
    }

    @Test
    void missingRequiredPropertyIsReportedOnTheObject() {
        assertEquals(List.of("d.yaml:3:5: missing required property 'values'"),
                problems(VALID.replace(", values: [203.0.113.10]", "")));
    }

    @Test
    void invalidAddressIsReportedOnce() {
        assertEquals(List.of("d.yaml:6:16: '203.0.113' is not an IPv4 or IPv6 address"),
                problems(VALID.replace("public_ip: 203.0.113.10", "public_ip: 203.0.113")));
    }

    @Test
    void unsupportedVersionNamesTheSupportedOne() {
        assertEquals(List.of("d.yaml:1:11: unsupported descriptor version 2; this topolint reads 'topolint: 1'"),
                problems(VALID.replace("topolint: 1", "topolint: 2")));
    }

    @Test
    void danglingReferenceIsReportedAtTheReference() {
        String text = VALID.replace("{port: 443, from: any}", "{port: 443, from: web-02}");
        assertEquals(List.of("d.yaml:12:29: unknown source 'web-02': expected any, an address or CIDR block, "
                + "or a host or load balancer id; did you mean 'web-01'?"), problems(text));
    }

    @Test
    void danglingHostReferenceSuggestsTheClosestHost() {
        String text = VALID + """
                firewalls:
                  - id: edge
                    type: network
                    protects: [web-1]
                    inbound: []
                """;
        assertEquals(List.of("d.yaml:16:16: unknown host 'web-1'; did you mean 'web-01'?"), problems(text));
    }

    @Test
    void duplicateIdNamesTheFirstDeclaration() {
        String text = VALID + """
                  - id: web-01
                """;
        assertEquals(List.of("d.yaml:13:9: duplicate id 'web-01' (first declared at line 5)"), problems(text));
    }

    @Test
    void twoServicesOfOneTypeOnAHostNeedIds() {
        String text = VALID.replace("      - type: web\n", "      - type: web\n      - type: web\n");
        assertEquals(List.of("d.yaml:9:9: duplicate id 'web@web-01' (first declared at line 8)"), problems(text));
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondKey() {
        assertEquals(List.of("d.yaml:7:5: duplicate key 'public_ip' (first defined at line 6)"),
                problems(VALID.replace("    services:", "    public_ip: 203.0.113.11\n    services:")));
    }

    @Test
    void unclosedQuoteIsPlacedWhereTheQuoteOpens() {
        assertEquals(List.of("d.yaml:3:9: YAML syntax error: found unexpected end of stream "
                + "(while scanning a quoted scalar)"), problems("topolint: 1\nhosts:\n  - id: \"web-01\n"));
    }

    @Test
    void badIndentationIsPlacedOnTheMisindentedLine() {
        List<String> found = problems("topolint: 1\nhosts:\n  - id: web-01\n   services: []\n");
        assertEquals(1, found.size());
        assertEquals("d.yaml:4:4: YAML syntax error: expected <block end>, but found '<block mapping start>' "
                + "(while parsing a block collection that starts at line 3, column 3)", found.get(0));
    }

    @Test
    void tabIndentationIsASyntaxError() {
        List<String> found = problems("topolint: 1\nhosts:\n\t- id: web-01\n");
        assertEquals(1, found.size());
        assertEquals("d.yaml:3:1:", found.get(0).substring(0, "d.yaml:3:1:".length()));
    }

    @Test
    void customTagsAreRefused() {
        assertEquals(List.of("d.yaml:2:7: the tag !!javax.script.ScriptEngineManager is not allowed; "
                        + "a descriptor holds plain values only"),
                problems("topolint: 1\nname: !!javax.script.ScriptEngineManager x\nhosts: [{id: a}]\n").stream()
                        .map(line -> line.replace("tag:yaml.org,2002:", "!!")).toList());
    }

    @Test
    void aSecondDocumentIsRefusedWhereItStarts() {
        assertEquals(List.of("d.yaml:3:1: a descriptor is a single YAML document; a second one starts here"),
                problems("topolint: 1\nhosts: [{id: a}]\n---\ntopolint: 1\nhosts: [{id: b}]\n"));
    }

    @Test
    void emptyFileSaysWhatADescriptorStartsWith() {
        assertEquals(List.of("d.yaml:1:1: the file is empty; a descriptor starts with 'topolint: 1'"),
                problems("# nothing here\n"));
    }

    @Test
    void aLargeDescriptorThatTheSchemaRefusesGetsTheSchemasProblemsAlone() {
        // A check without an id cannot be made into the model, which a large descriptor builds while the schema
        // check runs: the schema's problem is reported, as for a small one, and nothing the model tripped on.
        String broken = """
                topolint: 1
                monitoring:
                  external_checks:
                    - {type: http, target: "https://www.example.com/health"}
                hosts:
                """;
        StringBuilder large = new StringBuilder(broken);
        for (int i = 0; large.length() <= YamlTreeReader.LARGE_TEXT; i++) {
            large.append("  - {id: host-").append(i).append(", private_ip: 10.0.").append(i / 250).append('.')
                    .append(i % 250 + 1).append("}\n");
        }

        List<String> expected = problems(broken + "  - {id: host-0, private_ip: 10.0.0.1}\n");
        assertEquals(1, expected.size(), expected.toString());
        assertEquals(expected, problems(large.toString()));
    }

    @Test
    void jsonIsReadThroughTheSamePath() throws DescriptorException {
        String json = "{\n\t\"topolint\": 1,\n\t\"hosts\": [\n\t\t{\"id\": \"web-01\", \"public_ip\": \"203.0.113.10\"}\n\t]\n}\n";
        LoadedDescriptor loaded = LOADER.load("d.json", json);

        assertEquals("web-01", loaded.descriptor().hosts().get(0).id());
        assertEquals(4, loaded.sourceMap().regionOf("/hosts/0").startLine());
        assertEquals(List.of("d.json:4:4: unknown property 'ID'; did you mean 'id'?"),
                problems("d.json", json.replace("{\"id\"", "{\"ID\"")).stream().filter(p -> p.contains("ID")).toList());
    }
}
