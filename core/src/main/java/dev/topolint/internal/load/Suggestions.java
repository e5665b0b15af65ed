package dev.topolint.internal.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for misspelled names. */
final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    /**
     * The closest candidate, if it is close enough to be a likely typo: ignoring case, at most a third of the word
     * differs.
     */
    static Optional<String> closest(String word, Collection<String> candidates) {
        int tolerance = Math.max(1, word.length() / 3);
        return candidates.stream()
                .filter(candidate -> distance(word, candidate) <= tolerance)
                .min(Comparator.comparingInt((String candidate) -> distance(word, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static int distance(String word, String candidate) {
        return DISTANCE.apply(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
    }

    /** {@code "; did you mean 'x'?"} or nothing. */
    static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(match -> "; did you mean '" + match + "'?").orElse("");
    }
}
