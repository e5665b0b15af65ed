import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// The aggregator has no descriptor of its own: a warning, not a failure.
assert log.contains('[WARNING] No topology descriptor found in src/main/topology')
assert !new File(basedir, 'target/topolint').exists()

// One report per module, with the descriptors named from where the build started.
def results = { String module ->
    new JsonSlurper().parse(new File(basedir, "$module/target/topolint/topolint.sarif")).runs[0].results
}
assert results('tools') == []
def web = results('web')
assert web.size() == 6
def descriptor = 'web/src/main/topology/single-web-host.yaml'
assert web.every { it.locations[0].physicalLocation.artifactLocation.uri == descriptor }
assert log.contains("[WARNING] $descriptor:16:18: high [plaintext-http] ")

// Each module's reports are attached, so install puts them beside the module's own artifacts.
def attached = { String module, String extension ->
    new File(localRepositoryPath, "dev/topolint/it/$module/1.0/$module-1.0-topolint.$extension").text
}
def report = { String module, String name -> new File(basedir, "$module/target/topolint/$name").text }
assert ['tools', 'web'].every { module ->
    attached(module, 'sarif') == report(module, 'topolint.sarif')
            && attached(module, 'txt') == report(module, 'topolint.txt')
}
