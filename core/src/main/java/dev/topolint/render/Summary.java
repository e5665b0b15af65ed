package dev.topolint.render;

import dev.topolint.Finding;
import dev.topolint.Problem;
import dev.topolint.Report;
import java.util.List;
import java.util.stream.Collectors;

/** The one-sentence summary that the text and Markdown reports share. */
final class Summary {

    private Summary() {
    }

    /**
     * For example {@code 2 descriptors checked: 7 findings (3 high, 4 medium), 1 suppressed, 1 descriptor could not
     * be read.}, or for a diff {@code 1 descriptor compared: 1 finding introduced (1 high), no findings resolved.}
     */
    static String of(Report report) {
        StringBuilder summary = new StringBuilder().append(count(report.files().size(), "descriptor"));
        if (report.isDiff()) {
            summary.append(" compared: ").append(findings(report.findings(), "introduced")).append(", ")
                    .append(findings(report.resolved(), "resolved"));
        } else {
            summary.append(" checked: ").append(findings(report.findings(), ""));
        }
        if (!report.suppressed().isEmpty()) {
            summary.append(", ").append(report.suppressed().size()).append(" suppressed");
        }
        long unreadable = report.problems().stream().map(Problem::file).distinct().count();
        if (unreadable > 0) {
            summary.append(", ").append(count(unreadable, "descriptor")).append(" could not be read");
        }
        return summary.append('.').toString();
    }

    /** For example {@code 2 findings introduced (1 high, 1 medium)}, or {@code no findings resolved}. */
    private static String findings(List<Finding> findings, String which) {
        String what = which.isEmpty() ? "" : " " + which;
        if (findings.isEmpty()) {
            return "no findings" + what;
        }
        return count(findings.size(), "finding") + what + SeverityCounts.of(findings).entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> entry.getValue() + " " + entry.getKey().label())
                .collect(Collectors.joining(", ", " (", ")"));
    }

    private static String count(long number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
