// An article saved in a legacy encoding (a stray 0xFF byte): not valid UTF-8. Written here rather than kept in the
// source tree, where editors and tools would "fix" it.
def out = new ByteArrayOutputStream()
out.write('Swelling may occur after the procedure.\nOur clinic is in Sinsa'.getBytes('UTF-8'))
out.write(0xFF)
out.write('-dong.\n'.getBytes('UTF-8'))
new File(basedir, 'src/articles/legacy-notice.txt').bytes = out.toByteArray()
true
