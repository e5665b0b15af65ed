// Every invocation in invoker.properties appends its output to build.log: one part per build, in order.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert builds.size() == 4

/** The lines the check goal logged, between its header and the build's result, without their level. */
def checkOutput = { String build ->
    def lines = build.readLines()
    def start = lines.findIndexOf { it.contains('--- topolint-maven-plugin:') }
    def end = lines.findIndexOf(start) { it.startsWith('[INFO] ----') }
    assert start >= 0 && end > start
    lines.subList(start + 1, end).collect { it.replaceFirst(/^\[\w+\] /, '') }
}

// 1. Compared with HEAD: the four high findings were all there, so none counts.
assert checkOutput(builds[0]) == ['1 descriptor compared: no findings introduced, no findings resolved.']
assert builds[0].contains('BUILD SUCCESS')

// 2. An unknown revision: one line that names it and the descriptor.
assert builds[1].contains('no-such-branch:src/main/topology/site.yaml: no such git revision \'no-such-branch\'')
assert builds[1].contains('BUILD FAILURE')

// 3. A descriptor HEAD does not hold: every finding of it is introduced.
def added = checkOutput(builds[2])
assert added.last() == '2 descriptors compared: 6 findings introduced (3 high, 3 medium), no findings resolved.'
assert added.findAll { it.startsWith('extra/new-site.yaml:') }.size() == 6
assert builds[2].contains('topolint found 3 findings at or above high, and 0 are allowed.')

// 4. Since base: the finding the change introduced, where it stands now, then the one it resolved, where it stood.
def since = checkOutput(builds[3])
assert since == [
    'src/main/topology/site.yaml:7:42: high [plaintext-http] The site www.example.com is served in plaintext on port'
        + ' 8000 of app@web-01: anyone on the path can read and alter the traffic. Serve it over TLS and let this'
        + ' listener only redirect to https.',
    'Resolved:',
    '  base:src/main/topology/site.yaml:6:5: medium [no-monitoring] Nothing monitors www.example.com: no host runs a'
        + ' monitoring agent and no external check probes the site, so outages and saturation are found by users.'
        + ' Install an agent that collects host metrics and server logs on every host, and add an external check of'
        + ' the site.',
    '1 descriptor compared: 1 finding introduced (1 high), 1 finding resolved (1 medium).',
]
assert builds[3].contains('topolint found 1 finding at or above high, and 0 are allowed.')

// The reports of the last build show both lists.
def reports = new File(basedir, 'target/topolint')
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'topolint.sarif'))
def states = sarif.runs[0].results.collect { "$it.ruleId $it.baselineState" }
assert states == ['plaintext-http new', 'no-monitoring absent']
def markdown = new File(reports, 'topolint.md').text
assert markdown.contains('\n## Introduced\n') && markdown.contains('\n## Resolved\n')

// No build printed a stack trace.
assert builds.every { !it.contains('Caused by:') && !(it =~ /(?m)^\s+at [a-z]/) }
