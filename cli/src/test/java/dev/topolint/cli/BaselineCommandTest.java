package dev.topolint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineCommandTest {

    /** The single web host of {@link CliRun#DESCRIPTOR}, written in flow style, with comments and blank lines. */
    private static final String REFORMATTED = """
            # The same host, written another way.

            topolint: 1
            name: single web host
            hosts: [{id: web-01, public_ip: 203.0.113.10,
                     services: [{type: web, software: nginx, listen: [{port: 80}]}]}]

            # DNS last this time.
            dns: [{name: www.example.com, type: A, values: [203.0.113.10]}]
            """;

    private static final String MONITORED = REFORMATTED.replace("public_ip: 203.0.113.10,",
            "public_ip: 203.0.113.10, monitoring: {agent: node-exporter},");

    @Test
    void aBaselineSurvivesReformattingAndOnlyWhatAChangeIntroducesIsReported(@TempDir Path directory)
            throws IOException {
        Path site = directory.resolve("site.yaml");
        Path baseline = directory.resolve("baseline.json");
        Files.copy(Path.of(CliRun.DESCRIPTOR), site);
        CliRun recorded = CliRun.of("baseline", site.toString(), "-o", baseline.toString());
        assertEquals(0, recorded.exitCode(), recorded.err());
        assertEquals("topolint: 6 findings recorded in " + baseline + "\n", recorded.err());

        Files.writeString(site, REFORMATTED);
        CliRun reformatted = CliRun.of("check", "--baseline", baseline.toString(), site.toString());
        assertEquals(0, reformatted.exitCode());
        assertEquals("1 descriptor checked: no findings.\n", reformatted.out());
        assertEquals("topolint: 6 findings held by the baseline are not reported; 0 of its entries no longer occur."
                + "\n", reformatted.err());

        Files.writeString(site, MONITORED);
        CliRun fixed = CliRun.of("check", "--baseline", baseline.toString(), site.toString());
        assertEquals("topolint: 5 findings held by the baseline are not reported; 1 of its entries no longer occur."
                + "\n", fixed.err());

        CliRun.of("baseline", site.toString(), "-o", baseline.toString());
        Files.writeString(site, REFORMATTED);
        CliRun introduced = CliRun.of("check", "--baseline", baseline.toString(), site.toString());
        assertEquals(0, introduced.exitCode(), "no-monitoring is medium, under the default --fail-on high");
        assertTrue(introduced.out().startsWith(site + ":9:7: medium [no-monitoring] "), introduced.out());
        assertTrue(introduced.out().endsWith("\n1 descriptor checked: 1 finding (1 medium).\n"), introduced.out());
    }

    @Test
    void aMissingOrBrokenBaselineIsAUsageErrorThatSaysWhere(@TempDir Path directory) throws IOException {
        Path missing = directory.resolve("none.json");
        CliRun run = CliRun.of("check", "--baseline", missing.toString(), CliRun.DESCRIPTOR);
        assertEquals(2, run.exitCode());
        assertEquals("topolint: " + missing + ": no such baseline file; 'topolint baseline PATH... -o " + missing
                + "' writes one\n", run.err());
        assertEquals("", run.out());

        Path broken = Files.writeString(directory.resolve("broken.json"),
                "{\"topolintBaseline\": 1,\n  \"findings\": [}");
        CliRun invalid = CliRun.of("check", "--baseline", broken.toString(), CliRun.DESCRIPTOR);
        assertEquals(2, invalid.exitCode());
        assertTrue(invalid.err().startsWith("topolint: " + broken + ":2:16: not valid JSON: "), invalid.err());
    }

    @Test
    void noBaselineIsWrittenWhenADescriptorCannotBeChecked(@TempDir Path directory) {
        Path baseline = directory.resolve("baseline.json");
        CliRun run = CliRun.of("baseline", CliRun.DESCRIPTOR, CliRun.INVALID_DESCRIPTOR, "-o", baseline.toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().endsWith("topolint: no baseline written, since a descriptor could not be checked\n"),
                run.err());
        assertTrue(Files.notExists(baseline));
    }

    @Test
    void theBaselineIsJudgedAsCheckJudgesSoASwitchedOffRuleIsNeitherRecordedNorMissed(@TempDir Path directory)
            throws IOException {
        Files.createDirectory(directory.resolve(".git"));
        Files.writeString(directory.resolve(".topolint.yaml"), "topolint-config: 1\nrules:\n  no-monitoring: "
                + "{enabled: false}\n");
        Path site = Files.copy(Path.of(CliRun.DESCRIPTOR), directory.resolve("site.yaml"));
        Path baseline = directory.resolve("baseline.json");

        CliRun recorded = CliRun.of("baseline", site.toString(), "-o", baseline.toString());
        assertEquals("topolint: 5 findings recorded in " + baseline + "\n", recorded.err());
        CliRun checked = CliRun.of("check", "--baseline", baseline.toString(), site.toString());
        assertEquals("topolint: 5 findings held by the baseline are not reported; 0 of its entries no longer occur."
                + "\n", checked.err());
    }
}
