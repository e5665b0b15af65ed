package dev.topolint;

/**
 * A descriptor before and after a change.
 *
 * @param before the descriptor before the change, or {@code null} when the change adds it
 */
public record DescriptorChange(DescriptorVersion before, DescriptorVersion after) {
}
