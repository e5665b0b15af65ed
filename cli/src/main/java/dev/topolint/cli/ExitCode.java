package dev.topolint.cli;

import dev.topolint.Report;
import dev.topolint.Severity;

/**
 * What topolint's exit status means. Scripts and CI jobs branch on these numbers, so they never change and
 * never depend on the report format.
 */
enum ExitCode {

    /** Nothing at or above the {@code --fail-on} severity. */
    OK(0, "no finding at or above the --fail-on severity"),
    /** At least one finding at or above the {@code --fail-on} severity. */
    FINDINGS(1, "findings at or above the --fail-on severity"),
    /** The run could not start or finish: a bad option, a missing path, an unwritable output file. */
    USAGE_ERROR(2, "usage or configuration error"),
    /** A descriptor could not be read or is invalid; this wins over {@link #FINDINGS}. */
    INVALID_DESCRIPTOR(3, "a descriptor could not be read or is invalid");

    private final int code;
    private final String description;

    ExitCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    int code() {
        return code;
    }

    /** The line that {@code --help} prints for this code. */
    String description() {
        return description;
    }

    /**
     * The verdict on a finished check. A descriptor that could not be checked may hide any finding, so the
     * run cannot pass, whatever the other descriptors gave.
     */
    static ExitCode of(Report report, Severity failOn) {
        if (!report.problems().isEmpty()) {
            return INVALID_DESCRIPTOR;
        }
        return report.hasFindingsAtLeast(failOn) ? FINDINGS : OK;
    }
}
