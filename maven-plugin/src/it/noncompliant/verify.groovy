// Non-compliant articles: each finding is logged as path:line:col: severity [rule-id] message, at the log level of
// its severity, with paths relative to the project base directory; the build fails with a summary.
def log = new File(basedir, 'build.log').text
def expect = { String s -> assert log.contains(s) : "build.log lacks: " + s }

[
    "[ERROR] src/articles/filler-day.html:2:5: error [side-effect-notice] The article describes a procedure ('Filler') but never says which side effects may occur.",
    "[ERROR] src/articles/filler-day.html:3:18: error [zero-risk] 'completely safe' ",
    "[ERROR] src/articles/filler-day.html:3:38: error [zero-risk] 'painless' ",
    "[WARNING] src/articles/clinic-hours.txt:1:1: warning [compliance-statement] The article has no statement that it complies with Article 56 of the Medical Service Act.",
    "[WARNING] src/articles/spring-event.md:1:1: warning [compliance-statement] ",
    "[ERROR] src/articles/spring-event.md:3:5: error [side-effect-notice] The article describes a procedure ('thread lift') ",
    "[ERROR] src/articles/spring-event.md:3:17: error [guarantee] 'guarantees' presents the outcome of a medical procedure as certain",
    "[ERROR] src/articles/spring-event.md:4:8: error [superlative] 'the best clinic' is a superlative or ranking claim",
].each(expect)

// the source line and carets follow the finding, as in `medlint check`
expect('''[ERROR] src/articles/spring-event.md:3:17: error [guarantee] ''')
expect('''  3 | Our thread lift guarantees a younger look.
    |                 ^^^^^^^^^^
''')

// exactly the eight findings, no more
assert (log =~ /(?m)^\[(ERROR|WARNING)\] src\/articles\/[\w.-]+:\d+:\d+: (error|warning) \[/).count == 8

expect('[INFO] medlint: report written to target/medlint-result.txt')
expect('BUILD FAILURE')
expect(': medlint: 6 errors in 2 articles (failOnSeverity: error; report: target/medlint-result.txt)')

// the report is written before the build fails
def report = new File(basedir, 'target/medlint-result.txt').getText('UTF-8')
assert report.startsWith('src/articles/clinic-hours.txt:1:1: warning [compliance-statement] ')
assert report.contains('src/articles/spring-event.md:4:8: error [superlative] ')

true
