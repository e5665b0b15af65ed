package dev.topolint.internal.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for misspelled names. */
final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    /** The closest candidate, if it is close enough to be a likely typo: at most a third of the word differs. */
    static Optional<String> closest(String word, Collection<String> candidates) {
        int tolerance = Math.max(1, word.length() / 3);
        return candidates.stream()
                .filter(candidate -> DISTANCE.apply(word, candidate) <= tolerance)
                .min(Comparator.comparingInt((String candidate) -> DISTANCE.apply(word, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** {@code "; did you mean 'x'?"} or nothing. */
    static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(match -> "; did you mean '" + match + "'?").orElse("");
    }
}
