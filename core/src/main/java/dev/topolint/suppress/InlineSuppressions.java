package dev.topolint.suppress;

import dev.topolint.Problem;
import dev.topolint.Region;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * Finds {@code # topolint:ignore RULE[,RULE...] reason="..." [until=YYYY-MM-DD] [ticket=...]} comments in a
 * descriptor. The YAML parser finds the comments, so a {@code #} inside a quoted value is never mistaken for one.
 * A comment at the end of a line applies to that line; a comment on a line of its own applies to the next line
 * that holds a declaration, so it can sit above the component it silences.
 */
public final class InlineSuppressions {

    private static final String DIRECTIVE = "topolint:ignore";
    private static final Pattern RULE_LIST = Pattern.compile("[a-z0-9-]+(,[a-z0-9-]+)*");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([a-z]+)=(?:\"([^\"]*)\"|(\\S+))");
    private static final Set<String> ATTRIBUTES = Set.of("reason", "until", "ticket");

    private InlineSuppressions() {
    }

    /**
     * The suppressions that a descriptor's comments declare.
     *
     * @param text a descriptor that has already been read without error
     * @return the valid suppressions, and a problem for each comment that starts with the directive but cannot be
     *         understood; such a comment silences nothing
     */
    public static Scan scan(String file, String text) {
        List<Suppression> suppressions = new ArrayList<>();
        List<Problem> invalid = new ArrayList<>();
        if (!text.contains(DIRECTIVE)) {
            return new Scan(suppressions, invalid);
        }
        String[] lines = text.split("\n", -1);
        LoadSettings settings = LoadSettings.builder().setParseComments(true).build();
        for (Event event : new Parse(settings).parseString(text)) {
            if (!(event instanceof CommentEvent comment) || comment.getCommentType() == CommentType.BLANK_LINE) {
                continue;
            }
            String value = comment.getValue().strip();
            if (!value.startsWith(DIRECTIVE)) {
                continue;
            }
            Mark start = comment.getStartMark().orElseThrow();
            Mark end = comment.getEndMark().orElse(start);
            Region region = new Region(start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1,
                    end.getColumn() + 1);
            int line = comment.getCommentType() == CommentType.IN_LINE ? region.startLine()
                    : nextDeclaration(lines, region.startLine());
            try {
                suppressions.add(parse(value.substring(DIRECTIVE.length()), file, region, line));
            } catch (IllegalArgumentException e) {
                invalid.add(new Problem(file, region, "this topolint:ignore comment silences nothing: "
                        + e.getMessage()));
            }
        }
        return new Scan(suppressions, invalid);
    }

    /** The first line after {@code line} (1-based) that is neither blank nor a comment, or 0 at the end. */
    private static int nextDeclaration(String[] lines, int line) {
        for (int index = line; index < lines.length; index++) {
            String content = lines[index].strip();
            if (!content.isEmpty() && !content.startsWith("#")) {
                return index + 1;
            }
        }
        return 0;
    }

    private static Suppression parse(String directive, String file, Region region, int line) {
        String rest = directive.stripTrailing();
        if (rest.isEmpty() || !Character.isWhitespace(rest.charAt(0))) {
            throw new IllegalArgumentException("name the rules to ignore, e.g. '# topolint:ignore spof-lb "
                    + "reason=\"...\"'");
        }
        rest = rest.stripLeading();
        int space = rest.indexOf(' ');
        String rules = space < 0 ? rest : rest.substring(0, space);
        if (!RULE_LIST.matcher(rules).matches()) {
            throw new IllegalArgumentException("'" + rules + "' is not a rule id or a comma-separated list of them");
        }
        Map<String, String> attributes = attributes(space < 0 ? "" : rest.substring(space));
        String reason = attributes.get("reason");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required, e.g. reason=\"second LB ordered, OPS-123\"");
        }
        return new Suppression(Arrays.asList(rules.split(",")), null, reason.strip(), date(attributes.get("until")),
                attributes.get("ticket"), SuppressionKind.INLINE, file, region, line);
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new HashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(text);
        int position = 0;
        while (matcher.find() && matcher.start() == position) {
            String name = matcher.group(1);
            if (!ATTRIBUTES.contains(name)) {
                throw new IllegalArgumentException("unknown attribute '" + name + "'; use reason, until or ticket");
            }
            if (attributes.put(name, matcher.group(2) != null ? matcher.group(2) : matcher.group(3)) != null) {
                throw new IllegalArgumentException("'" + name + "' is given twice");
            }
            position = matcher.end();
        }
        if (!text.substring(position).isBlank()) {
            throw new IllegalArgumentException("cannot read '" + text.substring(position).strip()
                    + "'; write attributes as name=value, quoting values with spaces");
        }
        return attributes;
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("until=" + text + " is not a date written YYYY-MM-DD");
        }
    }

    /**
     * What the comments of one descriptor declare.
     *
     * @param invalid the comments that start with the directive but cannot be understood
     */
    public record Scan(List<Suppression> suppressions, List<Problem> invalid) {
        public Scan {
            suppressions = List.copyOf(suppressions);
            invalid = List.copyOf(invalid);
        }
    }
}
