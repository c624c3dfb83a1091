// The repository's own README, CHANGELOG and LICENSE (violating text on purpose) are not articles, and the
// .medlintignore leaves the drafts out: only posts/guide.md is checked, and the build passes.
def log = new File(basedir, 'build.log').text
def expect = { String s -> assert log.contains(s) : "build.log lacks: " + s }
expect('[INFO] No problems found in 1 article.')
expect('BUILD SUCCESS')
assert !log.contains('README.md')
assert !log.contains('wip.md')

true
