package dev.topolint.facts;

/**
 * The design as a whole, the target of findings about something absent everywhere (no monitoring at all).
 *
 * @param name the first DNS name, else the descriptor's name, else its file name
 * @param path the declaration such findings are placed on
 */
public record Site(String name, String path) {
}
