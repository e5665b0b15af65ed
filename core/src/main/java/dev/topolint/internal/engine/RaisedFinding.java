package dev.topolint.internal.engine;

import dev.topolint.RuleInfo;

/** A finding a rule raised, with the rule's catalogue entry, before it is placed in the file. */
public record RaisedFinding(RuleInfo rule, String target, String path, String message) {
}
