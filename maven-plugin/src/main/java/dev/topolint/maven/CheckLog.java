package dev.topolint.maven;

import dev.topolint.Report;
import dev.topolint.Topolint;
import dev.topolint.render.Format;
import java.util.function.Consumer;
import org.apache.maven.plugin.logging.Log;

/**
 * What a check shows in the build log, always through Maven's log and never on standard output: each
 * descriptor problem, then the text report, one {@code file:line:column: severity [rule] message} line per
 * finding and a summary. Findings are errors when they fail the build and warnings otherwise.
 */
final class CheckLog {

    private CheckLog() {
    }

    static void write(Log log, Report report, Verdict verdict) {
        report.problems().forEach(problem -> log.error(problem.describe()));
        Consumer<CharSequence> level;
        if (verdict.violationsFail()) {
            level = log::error;
        } else if (report.findings().isEmpty()) {
            level = log::info;
        } else {
            level = log::warn;
        }
        Format.TEXT.renderer(Topolint.version()).render(report.withoutDesigns()).lines().forEach(level);
    }
}
