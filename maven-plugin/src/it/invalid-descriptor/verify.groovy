def log = new File(basedir, 'build.log').text
def problem = "src/main/topology/misspelled.yaml:4:5: unknown property 'serivces'; did you mean 'services'?"
assert log.contains("[ERROR] $problem")
assert log.contains("on project invalid-descriptor: Invalid descriptor: $problem"
        + ' Reports: target/topolint/topolint.txt, target/topolint/topolint.sarif')
assert log.contains('BUILD FAILURE')
assert !log.contains('Caused by:') && !(log =~ /(?m)^\s+at [a-z]/)

// The SARIF report says why the run is incomplete, at the same position.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/topolint/topolint.sarif'))
def invocation = sarif.runs[0].invocations[0]
assert !invocation.executionSuccessful
def location = invocation.toolExecutionNotifications[0].locations[0].physicalLocation
assert location.artifactLocation.uri == 'src/main/topology/misspelled.yaml'
assert [location.region.startLine, location.region.startColumn] == [4, 5]
