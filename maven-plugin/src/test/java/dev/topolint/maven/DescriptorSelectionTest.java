package dev.topolint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.FileSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorSelectionTest {

    @TempDir
    Path root;

    private Path module;
    private WorkingDirectory workingDirectory;

    @BeforeEach
    void createAModule() throws IOException {
        module = root.resolve("web");
        for (String file : List.of("src/main/topology/site.yaml", "src/main/topology/zones/eu.yml",
                "src/main/topology/api.json", "src/main/topology/notes.txt", "topology/draft/next.yaml",
                "topology/prod.yaml", "ops/dns.yaml")) {
            Files.createDirectories(module.resolve(file).getParent());
            Files.writeString(module.resolve(file), "topolint: 1\n");
        }
        workingDirectory = new WorkingDirectory(root);
    }

    private List<String> select(FileSet fileSet, List<File> files) {
        return DescriptorSelection.select(module, fileSet, files, workingDirectory).stream()
                .map(Path::toString).toList();
    }

    @Test
    void byDefaultEveryYamlAndJsonFileBelowSrcMainTopology() {
        assertEquals(List.of("web/src/main/topology/api.json", "web/src/main/topology/site.yaml",
                "web/src/main/topology/zones/eu.yml"), select(null, null));
    }

    @Test
    void aConfiguredDirectoryKeepsTheDefaultIncludesAndHonoursExcludes() {
        FileSet fileSet = new FileSet();
        fileSet.setDirectory("topology");
        fileSet.addExclude("draft/**");

        assertEquals(List.of("web/topology/prod.yaml"), select(fileSet, List.of()));
    }

    @Test
    void filesNamedOnTheirOwnComeAfterTheFileSetAndOnlyOnce() {
        List<File> files = List.of(new File("ops/dns.yaml"), new File("src/main/topology/site.yaml"),
                module.resolve("ops/../ops/dns.yaml").toFile());

        assertEquals(List.of("web/src/main/topology/api.json", "web/src/main/topology/site.yaml",
                "web/src/main/topology/zones/eu.yml", "web/ops/dns.yaml"), select(null, files));
    }

    @Test
    void aMissingDirectorySelectsNothing() {
        FileSet fileSet = new FileSet();
        fileSet.setDirectory("no/such/directory");

        assertEquals(List.of(), select(fileSet, null));
    }

    @Test
    void aFileOutsideTheWorkingDirectoryKeepsItsAbsolutePath() {
        Path elsewhere = root.resolve("elsewhere");
        List<Path> selected = DescriptorSelection.select(module, null, null, new WorkingDirectory(elsewhere));

        assertEquals(module.resolve("src/main/topology/api.json"), selected.get(0));
    }
}
