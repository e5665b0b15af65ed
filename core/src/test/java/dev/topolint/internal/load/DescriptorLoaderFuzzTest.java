package dev.topolint.internal.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.topolint.DescriptorException;
import dev.topolint.Problem;

/**
 * Any bytes, from the samples outwards: the loader either loads them or refuses them with problems placed in the
 * file, and never throws anything else. In a normal build this replays the corpus; with {@code JAZZER_FUZZ=1} it
 * fuzzes for {@code maxDuration}.
 */
class DescriptorLoaderFuzzTest {

    private static final String FILE = "fuzz.yaml";
    private static final DescriptorLoader LOADER = new DescriptorLoader();

    @FuzzTest(maxDuration = "30s")
    void loadsOrRefusesAnyBytes(byte[] bytes) {
        try {
            LOADER.load(FILE, DescriptorText.decode(FILE, bytes));
        } catch (DescriptorException e) {
            assertFalse(e.problems().isEmpty(), "a refusal says why");
            for (Problem problem : e.problems()) {
                assertTrue(problem.region().startLine() >= 1 && problem.region().startColumn() >= 1,
                        problem::describe);
            }
        }
    }
}
