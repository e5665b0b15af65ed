package dev.topolint.maven;

import dev.topolint.Problem;
import dev.topolint.Report;
import dev.topolint.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a finished check means for the build. A descriptor that could not be checked may hide any finding, so
 * it always fails the build; findings fail it only past the allowance.
 *
 * @param violations how many findings are at or above the threshold
 * @param allowed how many violations the build tolerates
 * @param problems why descriptors could not be checked
 */
record Verdict(Severity threshold, long violations, int allowed, boolean failOnViolation, List<Problem> problems) {

    Verdict {
        problems = List.copyOf(problems);
    }

    static Verdict of(Report report, Severity threshold, boolean failOnViolation, int maxAllowedViolations) {
        long violations = report.findings().stream()
                .filter(finding -> finding.severity().isAtLeast(threshold))
                .count();
        return new Verdict(threshold, violations, maxAllowedViolations, failOnViolation, report.problems());
    }

    boolean violationsFail() {
        return failOnViolation && violations > allowed;
    }

    boolean failsTheBuild() {
        return !problems.isEmpty() || violationsFail();
    }

    /** Why the build failed, for a build that {@link #failsTheBuild() fails}, ending with where the reports are. */
    String failure(List<Path> reports) {
        String because;
        if (problems.isEmpty()) {
            because = "topolint found " + violations + (violations == 1 ? " finding" : " findings") + " at or above "
                    + threshold.label() + ", and " + allowed + " " + (allowed == 1 ? "is" : "are") + " allowed.";
        } else {
            int more = problems.size() - 1;
            because = "Invalid descriptor: " + problems.get(0).describe()
                    + (more == 0 ? "" : " (and " + more + " more " + (more == 1 ? "problem" : "problems") + " above)");
        }
        return reports.isEmpty() ? because
                : because + " Reports: " + reports.stream().map(Path::toString).collect(Collectors.joining(", "));
    }
}
