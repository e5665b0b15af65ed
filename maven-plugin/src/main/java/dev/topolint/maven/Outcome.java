package dev.topolint.maven;

import java.io.Serializable;
import java.util.List;

/**
 * How a check ended, for the goal to tell Maven: what to log, the reports written, and why the build stops, if
 * it does. Plain values, so that a check run in a JVM of its own can hand it back.
 *
 * @param stop why the build stops, or null when it goes on
 */
record Outcome(List<Logged> log, List<Written> reports, Stop stop) implements Serializable {

    Outcome {
        log = List.copyOf(log);
        reports = List.copyOf(reports);
    }

    enum Level { INFO, WARNING, ERROR }

    /** A line for the build log. */
    record Logged(Level level, String line) implements Serializable {
    }

    /** A report file and its extension, which is also the type of the artifact it is attached as. */
    record Written(String extension, String file) implements Serializable {
    }

    /**
     * Why the build stops: a failure of the project checked (an invalid descriptor, too many violations), or an
     * error in running the goal (a wrong parameter, a report that cannot be written), as Maven tells them apart.
     */
    record Stop(boolean failure, String message) implements Serializable {
    }
}
