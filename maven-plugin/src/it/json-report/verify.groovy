// outputFormat json and a configured outputFile: the JSON report of the CLI, at that path. A warning alone does not
// fail the build (failOnSeverity defaults to error).
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] medlint: report written to target/reports/medlint.json')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/medlint-result.txt').exists()

def json = new JsonSlurper().parse(new File(basedir, 'target/reports/medlint.json'), 'UTF-8')
assert json.files == 2
assert json.summary == [error: 0, warning: 1, info: 0]
assert json.findings.size() == 1
def f = json.findings[0]
assert f.path == 'src/articles/clinic-hours.txt'
assert f.ruleId == 'compliance-statement'
assert f.severity == 'warning'
assert f.line == 1 && f.column == 1
assert json.errors == []

true
