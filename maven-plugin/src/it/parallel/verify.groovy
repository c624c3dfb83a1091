// -T 2 over four content modules: the mojo is thread-safe (no warning from Maven), every module is checked, and the
// models are loaded once for the whole build, not per module.
def log = new File(basedir, 'build.log').text
def expect = { String s -> assert log.contains(s) : "build.log lacks: " + s }

expect('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('not marked as @threadSafe') && !log.contains('not thread-safe')
assert log.count('medlint: loading OpenNLP models') == 1
assert log.count('[INFO] No problems found in 1 article.') == 4
expect('BUILD SUCCESS')
['lifting', 'surgery', 'injectables', 'faq'].each { m ->
    assert new File(basedir, m + '/target/medlint-result.txt').text == 'No problems found in 1 article.\n'
}

true
