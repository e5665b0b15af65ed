package dev.topolint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the topolint command, with what it printed.
 *
 * @param exitCode the status the process would exit with
 */
public record CliRun(int exitCode, String out, String err) {

    static final String DESCRIPTOR = "src/test/resources/descriptors/single-web-host.yaml";
    static final String INVALID_DESCRIPTOR = "src/test/resources/descriptors/invalid.yaml";

    /** Runs the command line with these arguments. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = TopolintCommand.commandLine(args)
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
