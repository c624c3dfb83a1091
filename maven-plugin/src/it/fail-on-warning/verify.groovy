// <failOnSeverity>warning</failOnSeverity>: a warning-only project fails.
def log = new File(basedir, 'build.log').text
def expect = { String s -> assert log.contains(s) : "build.log lacks: " + s }
expect('[WARNING] src/articles/clinic-hours.txt:1:1: warning [compliance-statement] The article has no statement that it complies with Article 56 of the Medical Service Act.')
expect('BUILD FAILURE')
expect(': medlint: 1 warning in 1 article (failOnSeverity: warning; report: target/medlint-result.txt)')
assert !log.contains('[ERROR] src/')

true
