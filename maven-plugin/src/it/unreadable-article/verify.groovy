// An article that is not valid UTF-8 is logged as an error with its path, line and column; the other articles are
// still checked, and the build fails (MojoFailureException: the content is at fault, not the configuration).
def log = new File(basedir, 'build.log').text
def expect = { String s -> assert log.contains(s) : "build.log lacks: " + s }
expect('[ERROR] src/articles/legacy-notice.txt:2:23: invalid UTF-8 (byte 0xFF); save the file as UTF-8')
expect('[INFO] No findings in 1 article; 1 file could not be checked.')
expect('BUILD FAILURE')
expect(': medlint: 1 file could not be checked (failOnSeverity: error; report: target/medlint-result.txt)')
assert log.contains('MojoFailureException')

true
