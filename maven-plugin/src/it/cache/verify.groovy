// The first build checks both articles and stores them in target/medlint-cache; the second finds them unchanged,
// checks nothing, loads no model, and writes exactly the same report.
def log = new File(basedir, 'build.log').text
def first = new File(basedir, 'target/first.json')
def second = new File(basedir, 'target/second.json')
assert first.isFile() && second.isFile() : 'a report is missing'
assert first.getText('UTF-8') == second.getText('UTF-8') : 'the cached build reported something else'
assert first.getText('UTF-8').contains('"ruleId": "guarantee"')

// The invoker appends the builds to one log: judge each build by its part of it.
def runs = log.split(/--- medlint-maven-plugin:[^ ]+:check/)
def last = runs[-1]
assert last.contains('[INFO] medlint: cache target/medlint-cache/cache.json: 2 unchanged articles not checked again, 0 checked')
assert !last.contains('loading OpenNLP models') : 'the cached build loaded the models'
assert last.contains('spring-event.md:3:17: error [guarantee]') : 'the cached build did not log the findings'
if (runs.size() > 2) {
    assert runs[-2].contains('cache target/medlint-cache/cache.json: 0 unchanged articles not checked again, 2 checked')
    assert runs[-2].contains('loading OpenNLP models')
}
def cache = new File(basedir, 'target/medlint-cache/cache.json')
assert cache.isFile() && cache.getText('UTF-8').startsWith('{"medlintCache":1,')
assert new File(basedir, 'target/medlint-cache/.gitignore').isFile()
true
