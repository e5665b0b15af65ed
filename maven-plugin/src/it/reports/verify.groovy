import groovy.json.JsonSlurper

def reports = new File(basedir, 'target/topolint')
assert reports.list().sort() == ['topolint.json', 'topolint.md', 'topolint.sarif', 'topolint.txt']

// The findings of topology/single-web-host.yaml, in report order: rule, severity, line, column. The draft under
// topology/drafts is excluded, and ops/internal-tool.yaml, named on its own, has nothing to report.
def file = 'topology/single-web-host.yaml'
def expected = [
    ['no-horizontal-scaling', 'medium', 6, 5],
    ['no-monitoring', 'medium', 6, 5],
    ['maintenance-downtime', 'medium', 11, 5],
    ['no-firewall', 'high', 11, 5],
    ['spof-host', 'high', 11, 5],
    ['plaintext-http', 'high', 16, 18],
]

def text = new File(reports, 'topolint.txt').text.readLines()
assert text.size() == expected.size() + 1
[text, expected].transpose().each { line, finding ->
    def (rule, severity, row, column) = finding
    assert line.startsWith("$file:$row:$column: $severity [$rule] ")
}
assert text.last() == '2 descriptors checked: 6 findings (3 high, 3 medium).'

def json = new JsonSlurper().parse(new File(reports, 'topolint.json'))
assert json.findings.collect { [it.rule, it.severity, it.line, it.column] } == expected
assert json.findings.every { it.file == file && !it.message.isEmpty() }
assert json.problems == []
assert [json.summary.descriptors, json.summary.findings] == [2, 6]
assert [json.summary.bySeverity.high, json.summary.bySeverity.medium] == [3, 3]

def sarif = new JsonSlurper().parse(new File(reports, 'topolint.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
def levels = [high: 'error', medium: 'warning']
assert run.results.collect { result ->
    def location = result.locations[0].physicalLocation
    assert location.artifactLocation.uri == file && location.artifactLocation.uriBaseId == '%SRCROOT%'
    [result.ruleId, result.level, location.region.startLine, location.region.startColumn]
} == expected.collect { rule, severity, line, column -> [rule, levels[severity], line, column] }
def rules = run.tool.driver.rules*.id
assert run.results.every { it.ruleId in rules && rules[it.ruleIndex] == it.ruleId }
assert run.invocations[0].executionSuccessful

// Below the threshold of failure, the findings are warnings.
def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] $file:16:18: high [plaintext-http] ")
assert log.contains('BUILD SUCCESS')

def markdown = new File(reports, 'topolint.md').text
assert markdown.startsWith('# topolint report\n\n2 descriptors checked: 6 findings (3 high, 3 medium).\n')
expected.each { rule, severity, row, column ->
    assert markdown.contains("### `$rule` ($severity)")
    assert markdown.contains("- `$file:$row` ")
}
assert markdown.contains('```mermaid\nflowchart')
// The Markdown report opens with the design of each descriptor; the text report and the log keep to the findings.
assert markdown.contains("## Design of `$file`\n\n- **Request path**\n")
assert !new File(reports, 'topolint.txt').text.contains('Request path')
