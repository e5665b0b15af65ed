package dev.topolint.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A rule's folder in the source tree: {@code rules/<category>/<rule-id>/}. */
record RuleFolder(Path path) {

    static final Path ROOT = Path.of("src/main/resources/rules");

    /** Every rule folder, sorted. */
    static List<RuleFolder> all() {
        try (Stream<Path> categories = Files.list(ROOT)) {
            return categories.filter(Files::isDirectory).sorted().flatMap(RuleFolder::children)
                    .map(RuleFolder::new).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> children(Path category) {
        try (Stream<Path> rules = Files.list(category)) {
            return rules.filter(Files::isDirectory).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String id() {
        return path.getFileName().toString();
    }

    String category() {
        return path.getParent().getFileName().toString();
    }

    Path drl() {
        return path.resolve("rule.drl");
    }

    Path cases() {
        return path.resolve("cases.yaml");
    }

    Path documentation() {
        return path.resolve("README.md");
    }
}
