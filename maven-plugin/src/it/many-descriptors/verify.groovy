// Every sample in one build: the descriptors are checked on worker threads, which must find Drools' runtime
// through the plugin's class realm, as the calling thread does.
def samples = new File(basedir, '../../../../samples').listFiles().findAll {
    it.name.endsWith('.yaml') && !it.name.endsWith('.expected.yaml')
}
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] ${samples.size()} descriptors checked: \d+ findings/
assert log.contains('BUILD SUCCESS')
