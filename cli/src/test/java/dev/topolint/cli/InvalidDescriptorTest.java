package dev.topolint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of bad descriptor gives one line in the compiler's format at the right place, and exit code 3. */
class InvalidDescriptorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelled-property | 4:5: unknown property 'serivces'; did you mean 'services'?
            wrong-type          | 6:25: expected integer, found string
            dangling-reference  | 4:13: unknown host 'lb-02'; did you mean 'lb-01'?
            duplicate-id        | 5:9: duplicate id 'web-01' (first declared at line 3)
            yaml-syntax-error   | 5:7: YAML syntax error: expected ',' or '}', but got : (while parsing a flow mapping that starts at line 4, column 16)
            """)
    void isReportedAtItsPositionWithExitCode3(String name, String problem) {
        String file = "src/test/resources/invalid/" + name + ".yaml";
        CliRun run = CliRun.of("check", file);

        assertEquals(3, run.exitCode());
        assertEquals(file + ":" + problem + System.lineSeparator(), run.err(), "one line, no stack trace");
        assertEquals("1 descriptor checked: no findings, 1 descriptor could not be read." + System.lineSeparator(),
                run.out());
    }
}
