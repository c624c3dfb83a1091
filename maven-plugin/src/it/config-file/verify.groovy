// .medlint.yaml in the project directory: 'superlative: off' and 'guarantee: warning'. Without it the article has two
// errors and the build fails (as `medlint check --no-config` says); with it the plugin, like `medlint check`, reports
// one warning and the build passes.
def log = new File(basedir, 'build.log').text
def expect = { String s -> assert log.contains(s) : "build.log lacks: " + s }

// guarantee is reported at its configured severity, at the matching log level
expect("[WARNING] src/articles/spring-event.md:3:17: warning [guarantee] 'guarantees' presents the outcome of a medical procedure as certain")
expect('''  3 | Our thread lift guarantees a younger look.
    |                 ^^^^^^^^^^
''')
assert !log.contains('error [guarantee]')
// superlative is off: 'the best clinic' (4:8) is not reported
assert !log.contains('[superlative]')
assert !log.contains('[ERROR] src/')

expect('[INFO] 1 warning in 1 of 2 articles.')
expect('BUILD SUCCESS')

// the report file says the same
def report = new File(basedir, 'target/medlint-result.txt').getText('UTF-8')
assert report.startsWith('src/articles/spring-event.md:3:17: warning [guarantee] ')
assert !report.contains('[superlative]')
assert report.endsWith('1 warning in 1 of 2 articles.\n')

true
