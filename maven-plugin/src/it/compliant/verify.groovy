// Compliant articles in Markdown, HTML and text, found from the project base directory by the default includes;
// node_modules/ is left out by the default excludes. The build passes and the text report is written.
def log = new File(basedir, 'build.log').text
def expect = { String s -> assert log.contains(s) : "build.log lacks: " + s }

expect('[INFO] medlint: loading OpenNLP models (once per JVM)')
expect('[INFO] No problems found in 3 articles.')
expect('[INFO] medlint: report written to target/medlint-result.txt')
expect('BUILD SUCCESS')
assert !log.contains('node_modules') : 'node_modules/ was searched'
assert !log.contains('[WARNING] ') && !log.contains('[ERROR] ')

def report = new File(basedir, 'target/medlint-result.txt')
assert report.isFile() : 'no report at ' + report
assert report.getText('UTF-8') == 'No problems found in 3 articles.\n'

true
