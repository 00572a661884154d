// Runs only where the shared Stytch corpus lies beside the repository (as on CI and developers'
// machines); the invoker reports the IT as skipped elsewhere.
def corpus = new File((new File(basedir, "pom.xml").text =~ /<schemapojo.sourceDirectory>(.*?)<\/schemapojo.sourceDirectory>/)[0][1])
if (!corpus.isDirectory()) {
    println "stytch-corpus IT skipped: no corpus at " + corpus
    return false
}
return true
