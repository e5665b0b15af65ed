package dev.topolint.cli;

import dev.topolint.Linter;
import dev.topolint.Severity;
import dev.topolint.Topolint;
import dev.topolint.render.Format;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code topolint} command and the door of the CLI: every error that reaches it becomes one line on
 * stderr and an {@link ExitCode}, never a stack trace.
 */
@Command(name = "topolint", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = TopolintCommand.Version.class,
        description = "Audits the architecture of web infrastructure topology descriptors.")
public final class TopolintCommand implements Callable<Integer> {

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, RulesCommand.class,
            ExplainCommand.class, ExplainDesignCommand.class, BaselineCommand.class, DiffCommand.class,
            HelpCommand.class);

    @Spec
    private CommandSpec spec;

    /** Runs topolint and exits with its {@link ExitCode}. */
    public static void main(String[] args) {
        // The rule base and the schema check are built on threads of their own while picocli reads the options.
        Linter.prepareBuiltInRules();
        CommandLine commandLine = commandLine(args);
        // Reports are UTF-8 whatever the platform's default, so a piped report has the bytes of --output.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        int status;
        try {
            status = commandLine.execute(args);
        } catch (Error e) {
            // picocli hands only exceptions to the handlers; a class missing from a broken jar is an error.
            System.err.println("topolint: " + e);
            status = ExitCode.USAGE_ERROR.code();
        }
        System.exit(status);
    }

    /**
     * The command line for these arguments, with topolint's converters and error handling, writing to the standard
     * streams. picocli reads a command's annotations, options and mixins when the command is added, which showed in
     * the start-up of a one-file check: when the first argument names a subcommand, only that one is added.
     * Anything else (help, a misspelled name, an option) gets them all, to list them or suggest one.
     */
    static CommandLine commandLine(String... args) {
        String first = args.length > 0 ? args[0] : "";
        CommandLine commandLine = new CommandLine(new TopolintCommand());
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(command -> command != HelpCommand.class
                        && command.getAnnotation(Command.class).name().equals(first))
                .toList();
        (named.isEmpty() ? SUBCOMMANDS : named).forEach(commandLine::addSubcommand);
        // Converters and handlers reach the subcommands added before them.
        commandLine.registerConverter(Format.class, converter(Format::parse))
                .registerConverter(ReportTarget.class, converter(ReportTarget::parse))
                .registerConverter(Severity.class, converter(Severity::parse))
                .setParameterExceptionHandler(TopolintCommand::usageError)
                .setExecutionExceptionHandler(TopolintCommand::failure);
        Map<String, String> exitCodes = Arrays.stream(ExitCode.values()).collect(Collectors.toMap(
                code -> String.valueOf(code.code()), ExitCode::description, (a, b) -> a, LinkedHashMap::new));
        Stream.of(commandLine, commandLine.getSubcommands().get("check"), commandLine.getSubcommands().get("diff"))
                .filter(Objects::nonNull)
                .forEach(command -> command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                        .exitCodeList(exitCodes));
        return commandLine;
    }

    /** {@code topolint} alone: a subcommand is missing. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    private static <T> ITypeConverter<T> converter(Function<String, T> parse) {
        return text -> {
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("topolint: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE_ERROR.code();
    }

    /** Typed exceptions from core and the report file carry a message meant for the user; show just that. */
    private static int failure(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println("topolint: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
        err.flush();
        return ExitCode.USAGE_ERROR.code();
    }

    /** {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"topolint " + Topolint.version()};
        }
    }
}
