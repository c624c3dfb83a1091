// -Dmedlint.skip: the check does not run, so the non-compliant article does not fail the build.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] medlint: skipped (medlint.skip)')
assert !log.contains('loading OpenNLP models')
assert !log.contains('[guarantee]')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/medlint-result.txt').exists()

true
