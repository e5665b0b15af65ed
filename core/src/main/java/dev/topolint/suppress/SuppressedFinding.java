package dev.topolint.suppress;

import dev.topolint.Finding;

/** A finding that is not reported, and the suppression that accepted it. */
public record SuppressedFinding(Finding finding, Suppression suppression) {
}
