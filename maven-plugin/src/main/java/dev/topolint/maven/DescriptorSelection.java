package dev.topolint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.model.FileSet;
import org.codehaus.plexus.util.DirectoryScanner;

/** The descriptors a module names: the file set's matches, then the files listed one by one, each once. */
final class DescriptorSelection {

    static final String DEFAULT_DIRECTORY = "src/main/topology";
    static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml", "**/*.json");

    private DescriptorSelection() {
    }

    /**
     * @param basedir the module's directory, against which relative paths are resolved
     * @param fileSet the configured file set, or {@code null} for the default one
     * @param files files named one by one; a missing one is left for the check to report
     * @return the files, named as {@code workingDirectory} sees them, sorted within the file set
     */
    static List<Path> select(Path basedir, FileSet fileSet, List<File> files, WorkingDirectory workingDirectory) {
        List<Path> selected = new ArrayList<>();
        FileSet set = fileSet == null ? new FileSet() : fileSet;
        Path directory = directory(basedir, fileSet);
        if (Files.isDirectory(directory)) {
            DirectoryScanner scanner = new DirectoryScanner();
            scanner.setBasedir(directory.toFile());
            scanner.setIncludes((set.getIncludes().isEmpty() ? DEFAULT_INCLUDES : set.getIncludes())
                    .toArray(String[]::new));
            scanner.setExcludes(set.getExcludes().toArray(String[]::new));
            scanner.addDefaultExcludes();
            scanner.scan();
            Arrays.stream(scanner.getIncludedFiles()).sorted().map(directory::resolve).forEach(selected::add);
        }
        if (files != null) {
            files.forEach(file -> selected.add(basedir.resolve(file.toPath())));
        }
        return selected.stream().map(workingDirectory::name).distinct().toList();
    }

    /** The directory the file set selects from. */
    static Path directory(Path basedir, FileSet fileSet) {
        return basedir.resolve(fileSet == null || fileSet.getDirectory() == null
                ? DEFAULT_DIRECTORY : fileSet.getDirectory());
    }
}
