package dev.topolint.design;

import dev.topolint.Region;

/**
 * One sentence of a design summary and the declaration it is read from, so a reader can check it.
 *
 * @param text a sentence that stands alone, ending with a full stop
 * @param path the JSON pointer of the declaration
 * @param region where that declaration is in the descriptor
 */
public record DesignStatement(String text, String path, Region region) {
}
