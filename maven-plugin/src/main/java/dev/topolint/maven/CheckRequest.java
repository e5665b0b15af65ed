package dev.topolint.maven;

import java.io.Serializable;
import java.util.List;

/**
 * A check as the goal's parameters ask for it, in plain values, so that it can be handed to a JVM of its own.
 * Paths are as the build gives them and are resolved against the directory Maven was started in.
 *
 * @param basedir the module's directory, where the configuration file is looked for
 * @param files the descriptors to check
 * @param formats the report formats, as written in the build
 * @param failOnSeverity the threshold as written in the build, or null for the configuration's
 * @param configFile the configuration file, or null to look for one
 * @param baseline the baseline file, or null
 * @param diffBase the git revision to compare with, or null
 */
record CheckRequest(String basedir, List<String> files, List<String> formats, String outputDirectory,
        String failOnSeverity, String configFile, boolean disallowInlineSuppressions, String baseline,
        String diffBase, boolean failOnViolation, int maxAllowedViolations) implements Serializable {

    CheckRequest {
        files = List.copyOf(files);
        formats = List.copyOf(formats);
    }
}
