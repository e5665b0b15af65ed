def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('topolint:check')

// The help goal prints a block per parameter: its name and default, its description, then its user property.
def blocks = [:]
def current = null
log.readLines().each { line ->
    def header = line =~ /^ {4}(\w+)(?: \(Default: .*\))?$/
    if (header) {
        current = header[0][1]
        blocks[current] = []
    } else if (current && line.startsWith(' ' * 6)) {
        blocks[current] << line.trim()
    }
}

def properties = [
    attach: 'topolint.attach',
    baseline: 'topolint.baseline',
    classArchiveDirectory: 'topolint.classArchiveDirectory',
    configFile: 'topolint.configFile',
    descriptorFiles: 'topolint.descriptorFiles',
    descriptors: null, // a file set has no command-line form; descriptorFiles is the one
    diffBase: 'topolint.diffBase',
    disallowInlineSuppressions: 'topolint.disallowInlineSuppressions',
    failIfNoDescriptors: 'topolint.failIfNoDescriptors',
    failOnSeverity: 'topolint.failOnSeverity',
    failOnViolation: 'topolint.failOnViolation',
    fork: 'topolint.fork',
    formats: 'topolint.formats',
    maxAllowedViolations: 'topolint.maxAllowedViolations',
    outputDirectory: 'topolint.outputDirectory',
    skip: 'topolint.skip',
]
assert blocks.keySet() == properties.keySet()
for (parameter in properties) {
    def block = blocks[parameter.key]
    def description = block.findAll { !it.startsWith('User property:') }.join(' ')
    assert description.length() > 10 : "$parameter.key: no description"
    def property = parameter.value == null || block.contains('User property: ' + parameter.value)
    assert property : "$parameter.key: no user property $parameter.value"
}
