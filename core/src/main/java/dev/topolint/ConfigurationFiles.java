package dev.topolint;

import dev.topolint.config.Configuration;
import dev.topolint.internal.load.ConfigurationLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds and reads {@code .topolint.yaml}. */
public final class ConfigurationFiles {

    /** The name a configuration file is found by. */
    public static final String NAME = ".topolint.yaml";

    private ConfigurationFiles() {
    }

    /**
     * The configuration that applies to the paths a run checks: {@code .topolint.yaml} in the folder of the first
     * path, or in the nearest folder above it, up to the root of its repository (the folder that holds
     * {@code .git}) and no further.
     */
    public static Optional<Path> find(List<Path> paths) {
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        Path start = paths.get(0).toAbsolutePath().normalize();
        Path folder = Files.isDirectory(start) ? start : start.getParent();
        for (; folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.exists(folder.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The configuration of a run: the file named, else the one found for its paths ({@link #find}), else none.
     *
     * @param named the file given with {@code --config} or {@code configFile}, or {@code null}
     * @throws InputPathException when the file cannot be read
     * @throws DescriptorException with each mistake in it, at its line and column
     */
    public static Configuration forRun(Path named, List<Path> paths) throws InputPathException, DescriptorException {
        Path file = named != null ? named : find(paths).orElse(null);
        return file == null ? Configuration.NONE : read(file);
    }

    /**
     * Reads a configuration file.
     *
     * @throws InputPathException when it does not exist or cannot be read
     * @throws DescriptorException with each mistake in it, at its line and column
     */
    public static Configuration read(Path file) throws InputPathException, DescriptorException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputPathException(file + ": cannot read the configuration file ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
        return new ConfigurationLoader().load(file.toString(), text);
    }
}
