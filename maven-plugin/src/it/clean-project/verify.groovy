def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] 1 descriptor checked: no findings.')
assert log.contains('BUILD SUCCESS')

// The default formats, in the default directory.
def reports = new File(basedir, 'target/topolint')
assert reports.list().sort() == ['topolint.sarif', 'topolint.txt']
assert new File(reports, 'topolint.txt').text == '1 descriptor checked: no findings.\n'
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'topolint.sarif'))
assert sarif.runs[0].results == []
assert sarif.runs[0].invocations[0].executionSuccessful
