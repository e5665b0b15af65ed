package dev.topolint.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One entry of a rule's {@code cases.yaml}: a descriptor and the findings of that rule it must give.
 *
 * @param expected the findings as {@code target@line}, in any order
 */
record RuleCase(RuleFolder rule, String name, String descriptor, List<String> expected) {

    static String key(String target, int line) {
        return target + "@" + line;
    }

    @SuppressWarnings("unchecked")
    static List<RuleCase> read(RuleFolder rule) {
        Map<String, Object> document;
        try {
            document = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(rule.cases()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RuleCase> cases = new ArrayList<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) document.get("cases")) {
            List<String> expected = new ArrayList<>();
            for (Map<String, Object> finding : (List<Map<String, Object>>) entry.get("expect")) {
                expected.add(key((String) finding.get("target"), (Integer) finding.get("line")));
            }
            cases.add(new RuleCase(rule, (String) entry.get("name"), (String) entry.get("descriptor"), expected));
        }
        return cases;
    }
}
