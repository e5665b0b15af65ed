package dev.topolint.render;

import dev.topolint.Finding;
import dev.topolint.Report;
import dev.topolint.Severity;
import dev.topolint.suppress.SuppressedFinding;

/**
 * One line per finding, {@code file:line:column: severity [rule-id] message}, which editors and CI logs turn
 * into links, then a one-line summary unless quiet; the design of each descriptor comes first when the linter
 * summarised it, unless quiet. A diff's report lists the findings it resolves after those it introduces.
 * Problems are left out: the CLI prints them on stderr, where they are seen even when the report is piped away.
 * In colour, only the severity is coloured, so that the line still reads as the compiler's format to a tool that
 * strips the escapes.
 */
final class TextRenderer implements Renderer {

    private static final String RESET = "\u001B[0m";

    private final boolean colour;
    private final boolean quiet;
    private final boolean showSuppressed;

    TextRenderer(boolean colour, boolean quiet, boolean showSuppressed) {
        this.colour = colour;
        this.quiet = quiet;
        this.showSuppressed = showSuppressed;
    }

    @Override
    public String render(Report report) {
        StringBuilder text = new StringBuilder();
        if (!quiet) {
            report.designs().forEach(design -> text.append(DesignTextRenderer.summary(design)).append('\n'));
        }
        for (Finding finding : report.findings()) {
            line(text, finding).append(finding.message()).append('\n');
        }
        if (report.isDiff() && !report.resolved().isEmpty()) {
            text.append("Resolved:\n");
            for (Finding resolved : report.resolved()) {
                line(text.append("  "), resolved).append(resolved.message()).append('\n');
            }
        }
        if (showSuppressed && !report.suppressed().isEmpty()) {
            text.append("Suppressed:\n");
            for (SuppressedFinding suppressed : report.suppressed()) {
                line(text.append("  "), suppressed.finding()).append("accepted: ")
                        .append(suppressed.suppression().justification()).append('\n');
            }
        }
        return quiet ? text.toString() : text.append(Summary.of(report)).append('\n').toString();
    }

    private StringBuilder line(StringBuilder text, Finding finding) {
        return text.append(finding.file()).append(':')
                .append(finding.region().startLine()).append(':')
                .append(finding.region().startColumn()).append(": ")
                .append(severity(finding.severity()))
                .append(" [").append(finding.ruleId()).append("] ");
    }

    private String severity(Severity severity) {
        if (!colour) {
            return severity.label();
        }
        String code = switch (severity) {
            case CRITICAL -> "\u001B[1;31m";
            case HIGH -> "\u001B[31m";
            case MEDIUM -> "\u001B[33m";
            case LOW -> "\u001B[36m";
            case INFO -> "\u001B[2m";
        };
        return code + severity.label() + RESET;
    }
}
