package dev.topolint;

/**
 * A span of a descriptor file. Lines and columns count from 1; the end is exclusive, as in SARIF.
 */
public record Region(int startLine, int startColumn, int endLine, int endColumn) implements Comparable<Region> {

    @Override
    public int compareTo(Region other) {
        int byLine = Integer.compare(startLine, other.startLine);
        return byLine != 0 ? byLine : Integer.compare(startColumn, other.startColumn);
    }
}
