package dev.topolint.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topolint.Problem;
import dev.topolint.Region;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineSuppressionsTest {

    private static final String DESCRIPTOR = """
            topolint: 1
            load_balancers:
              # topolint:ignore spof-lb reason="second LB ordered, OPS-123" until=2027-03-31 ticket=OPS-123

              - id: lb   # topolint:ignore ha-mode-mismatch,plaintext-http reason=accepted
                nodes: [lb-01]
            hosts:
              - id: lb-01
                note: "# topolint:ignore no-firewall reason=inside-a-string"
            """;

    @Test
    void aCommentAboveAppliesToTheNextDeclarationAndATrailingOneToItsOwnLine() {
        InlineSuppressions.Scan scan = InlineSuppressions.scan("d.yaml", DESCRIPTOR);

        assertEquals(List.of(), scan.invalid());
        assertEquals(List.of(
                new Suppression(List.of("spof-lb"), null, "second LB ordered, OPS-123", LocalDate.of(2027, 3, 31),
                        "OPS-123", SuppressionKind.INLINE, "d.yaml", new Region(3, 3, 3, 96), 5),
                new Suppression(List.of("ha-mode-mismatch", "plaintext-http"), null, "accepted", null, null,
                        SuppressionKind.INLINE, "d.yaml", new Region(5, 14, 5, 79), 5)),
                scan.suppressions());
    }

    @Test
    void aHashInsideAQuotedValueIsNotAComment() {
        assertEquals(2, InlineSuppressions.scan("d.yaml", DESCRIPTOR).suppressions().size());
    }

    @Test
    void aDirectiveThatCannotBeReadSilencesNothingAndSaysWhy() {
        String text = """
                topolint: 1
                hosts:
                  - id: a   # topolint:ignore spof-host
                  - id: b   # topolint:ignore spof-host reason=""
                  - id: c   # topolint:ignore spof-host reason=x until=31/03/2027
                  - id: d   # topolint:ignore spof-host reason=x owner=me
                  - id: e   # topolint:ignore Spof_Host reason=x
                  - id: f   # topolint:ignore
                """;
        InlineSuppressions.Scan scan = InlineSuppressions.scan("d.yaml", text);

        assertEquals(List.of(), scan.suppressions());
        assertEquals(List.of(
                "d.yaml:3:13: this topolint:ignore comment silences nothing: a reason is required, "
                        + "e.g. reason=\"second LB ordered, OPS-123\"",
                "d.yaml:4:13: this topolint:ignore comment silences nothing: a reason is required, "
                        + "e.g. reason=\"second LB ordered, OPS-123\"",
                "d.yaml:5:13: this topolint:ignore comment silences nothing: until=31/03/2027 is not a date "
                        + "written YYYY-MM-DD",
                "d.yaml:6:13: this topolint:ignore comment silences nothing: unknown attribute 'owner'; use "
                        + "reason, until or ticket",
                "d.yaml:7:13: this topolint:ignore comment silences nothing: 'Spof_Host' is not a rule id or a "
                        + "comma-separated list of them",
                "d.yaml:8:13: this topolint:ignore comment silences nothing: name the rules to ignore, e.g. "
                        + "'# topolint:ignore spof-lb reason=\"...\"'"),
                scan.invalid().stream().map(Problem::describe).toList());
    }
}
