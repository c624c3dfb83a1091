// A parent and two content modules: each module checks its own articles (paths relative to the module), the parent
// leaves the module folders to them, and the models are loaded once for the whole build.
def log = new File(basedir, 'build.log').text
def expect = { String s -> assert log.contains(s) : "build.log lacks: " + s }

expect('[INFO] medlint: no articles found in . (includes: **/*.md,**/*.markdown,**/*.html,**/*.htm,**/*.txt,**/*.text)')
expect('[INFO] No problems found in 2 articles.')
expect('[WARNING] src/articles/clinic-hours.txt:1:1: warning [compliance-statement] ')
expect('in 1 of 1 article.')
expect('BUILD SUCCESS')
assert log.count('medlint: loading OpenNLP models') == 1
assert log.count('medlint: report written to target/medlint-result.txt') == 3

assert new File(basedir, 'lifting-blog/target/medlint-result.txt').text == 'No problems found in 2 articles.\n'
assert new File(basedir, 'clinic-news/target/medlint-result.txt').text.startsWith('src/articles/clinic-hours.txt:1:1: warning')

true
