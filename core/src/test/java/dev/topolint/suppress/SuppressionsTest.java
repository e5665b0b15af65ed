package dev.topolint.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topolint.Finding;
import dev.topolint.Problem;
import dev.topolint.Region;
import dev.topolint.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionsTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 31);
    private static final Finding SPOF_LB = finding("spof-lb", "lb", 5);
    private static final Finding NO_FIREWALL = finding("no-firewall", "web-01", 9);

    private static Finding finding(String rule, String target, int line) {
        return new Finding(rule, Severity.HIGH, target, "d.yaml", "/x", new Region(line, 5, line, 9), "m");
    }

    private static Suppression inline(String rule, int line, LocalDate until) {
        return new Suppression(List.of(rule), null, "accepted", until, null, SuppressionKind.INLINE, "d.yaml",
                new Region(line - 1, 3, line - 1, 40), line);
    }

    private static Suppression configured(String rule, String target) {
        return new Suppression(List.of(rule), target, "accepted", null, "OPS-1", SuppressionKind.CONFIGURATION,
                ".topolint.yaml", new Region(4, 5, 4, 30), 0);
    }

    @Test
    void anInlineSuppressionSilencesItsRuleOnItsLineOnly() {
        Suppression suppression = inline("spof-lb", 5, null);
        Suppressions.Outcome outcome = Suppressions.apply(List.of(SPOF_LB, NO_FIREWALL, finding("spof-lb", "x", 6)),
                List.of(suppression), List.of(), TODAY);

        assertEquals(List.of(finding("spof-lb", "x", 6), NO_FIREWALL), outcome.reported(), "in report order");
        assertEquals(List.of(new SuppressedFinding(SPOF_LB, suppression)), outcome.suppressed());
    }

    @Test
    void aSuppressionHoldsOnItsLastDayAndExpiresTheDayAfter() {
        Suppression lastDay = inline("spof-lb", 5, TODAY);
        assertEquals(List.of(), Suppressions.apply(List.of(SPOF_LB), List.of(lastDay), List.of(), TODAY).reported());

        Suppression expired = inline("spof-lb", 5, TODAY.minusDays(1));
        Suppressions.Outcome outcome = Suppressions.apply(List.of(SPOF_LB), List.of(expired), List.of(), TODAY);

        assertEquals(List.of(new Finding("expired-suppression", Severity.LOW, "spof-lb", "d.yaml", "",
                new Region(4, 3, 4, 40), "The suppression of spof-lb expired on 2027-03-30 (reason: accepted), so "
                + "its findings are reported again. Fix them, or renew the decision with a new date."), SPOF_LB),
                outcome.reported());
        assertEquals(List.of(), outcome.suppressed());
    }

    @Test
    void aSuppressionThatMatchesNothingIsReportedSoItCannotRot() {
        Suppressions.Outcome outcome = Suppressions.apply(List.of(NO_FIREWALL),
                List.of(configured("no-firewall", "web-02")), List.of(), TODAY);

        assertEquals(List.of(new Finding("unused-suppression", Severity.LOW, "web-02", ".topolint.yaml", "",
                new Region(4, 5, 4, 30), "The suppression of no-firewall on web-02 matches no finding. Remove it, "
                + "so that it cannot silence a future finding unnoticed."), NO_FIREWALL), outcome.reported());
    }

    @Test
    void aConfiguredSuppressionWithoutTargetSilencesTheRuleEverywhere() {
        Suppressions.Outcome outcome = Suppressions.apply(List.of(SPOF_LB, NO_FIREWALL),
                List.of(configured("no-firewall", null)), List.of(), TODAY);

        assertEquals(List.of(SPOF_LB), outcome.reported());
        assertEquals(1, outcome.suppressed().size());
    }

    @Test
    void anUnreadableCommentBecomesAFindingWhereItStands() {
        Problem problem = new Problem("d.yaml", new Region(3, 13, 3, 40),
                "this topolint:ignore comment silences nothing: a reason is required");
        assertEquals(List.of(new Finding("invalid-suppression", Severity.LOW, "topolint:ignore", "d.yaml", "",
                new Region(3, 13, 3, 40), "This topolint:ignore comment silences nothing: a reason is required.")),
                Suppressions.apply(List.of(), List.of(), List.of(problem), TODAY).reported());
    }
}
