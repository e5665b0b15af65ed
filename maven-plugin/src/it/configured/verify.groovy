// Of the six findings of the single web host, the configuration switches no-monitoring off, rates
// plaintext-http medium and accepts no-firewall; the comment in the descriptor accepts spof-host.
def log = new File(basedir, 'build.log').text
assert log.contains('1 descriptor checked: 3 findings (3 medium), 2 suppressed.')
assert log.contains('medium [plaintext-http] ')
assert !log.contains('[no-monitoring]')
assert !log.contains('[spof-host]')
assert !log.contains('[no-firewall]')
assert log.contains('topolint found 3 findings at or above medium')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/topolint/topolint.sarif'))
def suppressed = sarif.runs[0].results.findAll { it.suppressions }
assert suppressed.collect { it.ruleId + ' ' + it.suppressions[0].kind }.sort() == ['no-firewall external', 'spof-host inSource']
