package dev.topolint.render;

import dev.topolint.Report;

/** Writes a report in one format. */
@FunctionalInterface
public interface Renderer {

    /**
     * The whole report as one document, with {@code \n} line ends and a final newline. Equal reports give
     * equal strings.
     */
    String render(Report report);
}
