package dev.topolint.maven;

import dev.topolint.Report;
import dev.topolint.Topolint;
import dev.topolint.render.Format;
import java.util.function.BiConsumer;

/**
 * What a check shows in the build log, always through Maven's log and never on standard output: each
 * descriptor problem, then the text report, one {@code file:line:column: severity [rule] message} line per
 * finding and a summary. Findings are errors when they fail the build and warnings otherwise.
 */
final class CheckLog {

    private CheckLog() {
    }

    static void write(BiConsumer<Outcome.Level, CharSequence> log, Report report, Verdict verdict) {
        report.problems().forEach(problem -> log.accept(Outcome.Level.ERROR, problem.describe()));
        Outcome.Level level;
        if (verdict.violationsFail()) {
            level = Outcome.Level.ERROR;
        } else if (report.findings().isEmpty()) {
            level = Outcome.Level.INFO;
        } else {
            level = Outcome.Level.WARNING;
        }
        Format.TEXT.renderer(Topolint.version()).render(report.withoutDesigns()).lines()
                .forEach(line -> log.accept(level, line));
    }
}
