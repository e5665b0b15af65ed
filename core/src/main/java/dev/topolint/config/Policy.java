package dev.topolint.config;

import dev.topolint.Finding;
import dev.topolint.Problem;
import dev.topolint.RuleInfo;
import dev.topolint.suppress.InlineSuppressions;
import dev.topolint.suppress.Suppression;
import dev.topolint.suppress.Suppressions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a run judges what the rules raise: the configuration's rule settings and suppressions, whether inline
 * suppressions count, and the day expiry is judged on.
 *
 * @param today the day suppressions expire against, or {@code null} for the day of the run
 */
public record Policy(Configuration configuration, boolean inlineSuppressions, LocalDate today) {

    /** Every rule at its own severity, inline suppressions allowed, judged on the day of the run. */
    public static final Policy DEFAULT = new Policy(Configuration.NONE, true, null);

    /** The rules that run, as the configuration sets them, sorted as given. */
    public List<RuleInfo> rules(List<RuleInfo> catalogue) {
        return catalogue.stream().filter(rule -> configuration.rule(rule.id()).runs()).map(this::adjusted).toList();
    }

    private RuleInfo adjusted(RuleInfo rule) {
        RuleSetting setting = configuration.rule(rule.id());
        return setting.severity() == null ? rule : new RuleInfo(rule.id(), rule.title(), setting.severity(),
                rule.category(), rule.since(), rule.tags(), rule.documentation());
    }

    /** A raised finding as the configuration has it reported, or {@code null} when its rule is switched off. */
    public Finding adjusted(Finding finding) {
        RuleSetting setting = configuration.rule(finding.ruleId());
        if (!setting.runs()) {
            return null;
        }
        return setting.severity() == null ? finding : new Finding(finding.ruleId(), setting.severity(),
                finding.target(), finding.file(), finding.path(), finding.region(), finding.message(),
                finding.related(), finding.flow());
    }

    /**
     * Applies the suppressions written in one descriptor to its findings: its {@code topolint:ignore} comments and
     * the {@code suppress:} entries of its components. When those are not allowed, each silences nothing and is
     * reported, so that it is moved to the reviewed configuration.
     *
     * @param declared the {@code suppress:} entries of the descriptor's components
     */
    public Suppressions.Outcome inFile(String file, String text, List<Suppression> declared, List<Finding> findings) {
        InlineSuppressions.Scan scan = InlineSuppressions.scan(file, text);
        List<Suppression> written = new ArrayList<>(scan.suppressions());
        written.addAll(declared);
        if (inlineSuppressions) {
            return Suppressions.apply(findings, written, scan.invalid(), day());
        }
        List<Problem> refused = new ArrayList<>(scan.invalid());
        for (Suppression suppression : written) {
            refused.add(new Problem(file, suppression.region(), "this suppression silences nothing: suppressions in"
                    + " the descriptor are not allowed in this run; accept the finding in the configuration file"));
        }
        return Suppressions.apply(findings, List.of(), refused, day());
    }

    /** Applies the configuration's suppressions to the findings of the whole run. */
    public Suppressions.Outcome acrossRun(List<Finding> findings) {
        return Suppressions.apply(findings, configuration.suppressions(), List.of(), day());
    }

    private LocalDate day() {
        return today != null ? today : LocalDate.now();
    }
}
