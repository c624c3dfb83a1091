// A misspelt severity in a rule file: the build stops (MojoExecutionException) naming file, line, column and problem,
// before any article is checked.
def log = new File(basedir, 'build.log').text
def expect = { String s -> assert log.contains(s) : "build.log lacks: " + s }
expect("config/house-rules.yaml:8:15: unknown severity 'eror' (did you mean 'error'?); use error, warning or info")
expect('BUILD FAILURE')
assert !log.contains('loading OpenNLP models')
assert !log.contains('medlint: report written')
assert log.contains('MojoExecutionException')

true
