// A repository of its own for this build: site.yaml as first committed (tagged base), then changed and committed
// again, and a second descriptor that no commit holds.
def git = { String... arguments ->
    def command = ['git', '-c', 'user.name=topolint', '-c', 'user.email=topolint@example.com',
                   '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false'] + arguments.toList()
    def process = command.execute(null, basedir)
    process.waitForProcessOutput(System.out, System.err)
    assert process.exitValue() == 0: command.join(' ')
}
def site = new File(basedir, 'src/main/topology/site.yaml')
def original = site.text

git 'init', '-q'
git 'add', 'src/main/topology/site.yaml'
git 'commit', '-q', '-m', 'one web host'
git 'tag', 'base'
site.text = new File(basedir, 'changed-site.txt').text
git 'commit', '-q', '-a', '-m', 'monitored, with the application port open'

new File(basedir, 'extra').mkdirs()
new File(basedir, 'extra/new-site.yaml').text = original
return true
