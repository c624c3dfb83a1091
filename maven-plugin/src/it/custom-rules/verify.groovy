// ruleFiles: the house rule is checked besides the built-in rules and reported under its own id.
def log = new File(basedir, 'build.log').text
def expect = { String s -> assert log.contains(s) : "build.log lacks: " + s }
expect("[ERROR] src/articles/spring-glow.md:3:28: error [event-slang] 'glow-up' is event slang; describe the procedure instead.")
expect('''  3 | Treat yourself to a spring glow-up with a consultation at our clinic.
    |                            ^^^^^^^
''')
expect('BUILD FAILURE')
expect(': medlint: 1 error in 1 article (failOnSeverity: error; report: target/medlint-result.txt)')
// the built-in rules still ran over both articles
assert !log.contains('[compliance-statement]')
assert log.contains('in 1 of 2 articles.')

true
