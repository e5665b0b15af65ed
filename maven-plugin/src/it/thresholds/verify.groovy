// Every invocation in invoker.properties appends its output to build.log: one part per build, in order.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert builds.size() == 5

// What the six findings of single-web-host.yaml must look like, in report order.
def report = [
    'src/main/topology/single-web-host.yaml:6:5: medium [no-horizontal-scaling] www.example.com sends all traffic',
    'src/main/topology/single-web-host.yaml:6:5: medium [no-monitoring] Nothing monitors www.example.com',
    'src/main/topology/single-web-host.yaml:11:5: medium [maintenance-downtime] Deploying code to web-01',
    'src/main/topology/single-web-host.yaml:11:5: high [no-firewall] Host web-01 has no firewall',
    'src/main/topology/single-web-host.yaml:11:5: high [spof-host] Host web-01 is the only machine',
    'src/main/topology/single-web-host.yaml:16:18: high [plaintext-http] The site www.example.com is served',
    '1 descriptor checked: 6 findings (3 high, 3 medium).',
]

/** The lines the check goal logged, between its header and the build's result. */
def checkOutput = { String build ->
    def lines = build.readLines()
    def start = lines.findIndexOf { it.contains('--- topolint-maven-plugin:') }
    def end = lines.findIndexOf(start) { it.startsWith('[INFO] ----') }
    assert start >= 0 && end > start
    lines.subList(start + 1, end)
}

/** Whether the build logged the report, in order, at one level, and nothing else. */
def loggedAt = { String build, String level ->
    def output = checkOutput(build)
    output.size() == report.size()
            && [output, report].transpose().every { logged, expected -> logged.startsWith("[$level] $expected") }
}

def reports = ' Reports: target/topolint/topolint.txt, target/topolint/topolint.sarif'

// 1. The default threshold: three high findings, none allowed. Each finding is an error.
assert loggedAt(builds[0], 'ERROR')
assert builds[0].contains('on project thresholds: topolint found 3 findings at or above high, and 0 are allowed.'
        + reports)
assert builds[0].contains('BUILD FAILURE')

// 2. failOnSeverity=critical: no critical finding, so the high ones are warnings.
assert loggedAt(builds[1], 'WARNING')
assert builds[1].contains('BUILD SUCCESS')

// 3. maxAllowedViolations=3 tolerates the three high findings.
assert loggedAt(builds[2], 'WARNING')
assert builds[2].contains('BUILD SUCCESS')

// 4. maxAllowedViolations=2 does not.
assert loggedAt(builds[3], 'ERROR')
assert builds[3].contains('topolint found 3 findings at or above high, and 2 are allowed.' + reports)

// 5. topolint.skip: nothing checked.
assert checkOutput(builds[4]) == ['[INFO] Skipping topolint']
assert builds[4].contains('BUILD SUCCESS')

// No build printed a stack trace.
assert builds.every { !it.contains('Caused by:') && !(it =~ /(?m)^\s+at [a-z]/) }
