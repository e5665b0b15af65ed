package dev.topolint.cli;

import dev.topolint.Baseline;
import dev.topolint.DescriptorException;
import dev.topolint.InputPathException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the file that {@code --baseline} names; a missing or broken one is the user's to fix, with its position. */
final class BaselineFile {

    private BaselineFile() {
    }

    static Baseline read(Path file) throws InputPathException, IOException, DescriptorException {
        if (!Files.isRegularFile(file)) {
            throw new InputPathException(file + ": no such baseline file; 'topolint baseline PATH... -o " + file
                    + "' writes one");
        }
        return Baseline.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
}
