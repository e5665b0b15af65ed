package dev.topolint.suppress;

import dev.topolint.Finding;
import dev.topolint.Problem;
import dev.topolint.RuleInfo;
import dev.topolint.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies suppressions to findings, and keeps them honest: a suppression that has expired stops silencing and
 * says so, one that silences nothing is reported so that it cannot rot, and one that cannot be read is reported
 * rather than ignored.
 */
public final class Suppressions {

    private static final String SINCE = "0.3.0";

    /** A suppression whose {@code until} date has passed. */
    public static final RuleInfo EXPIRED = governance("expired-suppression",
            "A suppression has expired and its findings are reported again");
    /** A suppression that matches no finding. */
    public static final RuleInfo UNUSED = governance("unused-suppression", "A suppression matches no finding");
    /** A {@code topolint:ignore} comment that cannot be understood. */
    public static final RuleInfo INVALID = governance("invalid-suppression",
            "A topolint:ignore comment cannot be understood and silences nothing");

    /** The rules about suppressions themselves. */
    public static final List<RuleInfo> RULES = List.of(EXPIRED, INVALID, UNUSED);

    private Suppressions() {
    }

    private static RuleInfo governance(String id, String title) {
        return new RuleInfo(id, title, Severity.LOW, "governance", SINCE, List.of(), page(id));
    }

    /** The rule's page, shipped beside this class. */
    private static String page(String id) {
        try (InputStream in = Suppressions.class.getResourceAsStream(id + ".md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page of " + id, e);
        }
    }

    /**
     * Sorts findings into those reported and those suppressed, and adds a finding for each suppression that
     * has expired, matches nothing, or could not be read.
     *
     * @param today the day the run is judged on, so that tests can fix it
     */
    public static Outcome apply(List<Finding> findings, List<Suppression> suppressions, List<Problem> unreadable,
                                LocalDate today) {
        List<Finding> reported = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        Map<Suppression, Boolean> used = new IdentityHashMap<>();
        for (Finding finding : findings) {
            Suppression accepting = null;
            for (Suppression suppression : suppressions) {
                if (matches(suppression, finding)) {
                    used.put(suppression, true);
                    if (accepting == null && !suppression.expiredOn(today)) {
                        accepting = suppression;
                    }
                }
            }
            if (accepting == null) {
                reported.add(finding);
            } else {
                suppressed.add(new SuppressedFinding(finding, accepting));
            }
        }
        for (Suppression suppression : suppressions) {
            if (suppression.expiredOn(today)) {
                reported.add(finding(EXPIRED, suppression, "The suppression of " + describe(suppression)
                        + " expired on " + suppression.until() + " (reason: " + suppression.reason() + "), so its "
                        + "findings are reported again. Fix them, or renew the decision with a new date."));
            } else if (!used.containsKey(suppression)) {
                reported.add(finding(UNUSED, suppression, "The suppression of " + describe(suppression)
                        + " matches no finding. Remove it, so that it cannot silence a future finding unnoticed."));
            }
        }
        for (Problem problem : unreadable) {
            reported.add(new Finding(INVALID.id(), INVALID.severity(), "topolint:ignore", problem.file(), "",
                    problem.region(), capitalised(problem.message()) + "."));
        }
        return new Outcome(reported.stream().sorted().toList(), suppressed);
    }

    private static boolean matches(Suppression suppression, Finding finding) {
        if (!suppression.rules().contains(finding.ruleId())) {
            return false;
        }
        return switch (suppression.kind()) {
            case INLINE -> suppression.file().equals(finding.file())
                    && suppression.line() == finding.region().startLine();
            case DESCRIPTOR -> suppression.file().equals(finding.file())
                    && suppression.target().equals(finding.target());
            case CONFIGURATION -> suppression.target() == null || suppression.target().equals(finding.target());
        };
    }

    private static String describe(Suppression suppression) {
        String rules = String.join(", ", suppression.rules());
        return suppression.target() == null ? rules : rules + " on " + suppression.target();
    }

    private static Finding finding(RuleInfo rule, Suppression suppression, String message) {
        String target = suppression.target() == null ? String.join(",", suppression.rules()) : suppression.target();
        return new Finding(rule.id(), rule.severity(), target, suppression.file(), "", suppression.region(),
                message);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * Findings after suppression.
     *
     * @param reported the findings that stand, with those about the suppressions themselves, in report order
     * @param suppressed the findings a suppression accepted, in the order they came
     */
    public record Outcome(List<Finding> reported, List<SuppressedFinding> suppressed) {
        public Outcome {
            reported = List.copyOf(reported);
            suppressed = List.copyOf(suppressed);
        }
    }
}
