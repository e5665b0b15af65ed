package dev.topolint.cli;

import dev.topolint.DescriptorException;
import dev.topolint.InputPathException;
import dev.topolint.Linter;
import dev.topolint.config.Configuration;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How a command that reports findings judges descriptors: by the configuration, with or without inline ignores. */
final class JudgementOptions {

    @Mixin
    private ConfigurationOption configurationOption;

    @Option(names = "--disallow-inline-suppressions",
            description = "Ignore topolint:ignore comments, and report each: findings are accepted only in the"
                    + " configuration file.")
    private boolean inlineSuppressionsDisallowed;

    /** The configuration for a run over these paths. */
    Configuration configuration(List<Path> paths) throws InputPathException, DescriptorException {
        return configurationOption.read(paths);
    }

    /**
     * The linter that judges as the configuration and the options say.
     *
     * @throws DescriptorException naming each rule the configuration sets that does not exist
     */
    Linter linter(Configuration configuration) throws DescriptorException {
        Linter linter = Linter.withBuiltInRules().configuredBy(configuration);
        return inlineSuppressionsDisallowed ? linter.disallowingInlineSuppressions() : linter;
    }
}
