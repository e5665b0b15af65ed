package dev.topolint.suppress;

import dev.topolint.Region;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision, on the record, not to report some findings: who may be silenced, why, and until when.
 *
 * @param rules the rule ids it silences
 * @param target the target it silences, or {@code null} for every target where it applies (an inline comment
 *               applies to one line only)
 * @param reason why the finding is accepted; never blank
 * @param until the last day it holds, or {@code null} when it does not expire
 * @param ticket where the decision is tracked, or {@code null}
 * @param file the file that declares it
 * @param region where it is declared in that file
 * @param line for an inline comment, the line of the declaration it applies to; otherwise 0
 */
public record Suppression(List<String> rules, String target, String reason, LocalDate until, String ticket,
                          SuppressionKind kind, String file, Region region, int line) {
    public Suppression {
        rules = List.copyOf(rules);
    }

    /** Why the findings are accepted, with the ticket and the end date: {@code reason (OPS-7); accepted until …}. */
    public String justification() {
        StringBuilder justification = new StringBuilder(reason);
        if (ticket != null) {
            justification.append(" (").append(ticket).append(')');
        }
        if (until != null) {
            justification.append("; accepted until ").append(until);
        }
        return justification.toString();
    }

    /** Whether the suppression no longer holds on this day. */
    public boolean expiredOn(LocalDate today) {
        return until != null && today.isAfter(until);
    }
}
