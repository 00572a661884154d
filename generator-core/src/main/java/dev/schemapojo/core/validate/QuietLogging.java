package dev.schemapojo.core.validate;

/**
 * Keeps slf4j from printing its own warnings when schemapojo is used as a library in a program that has no
 * logging provider. networknt logs through slf4j, and slf4j 2 without a provider prints three {@code SLF4J(W)}
 * lines on first use and then logs nothing; with a provider it does what the program configured.
 *
 * <p>So: only where no provider is on the class path, and nobody chose one with {@code slf4j.provider} or set
 * {@code slf4j.internal.verbosity}, slf4j is started here once with its internal verbosity at {@code ERROR}, and
 * the property is removed again. Nothing changes for a program that has logging (its provider is used, as it
 * would be without schemapojo), and schemapojo ships no provider that could take the place of the program's
 * (see docs/decisions.md). Inside Maven slf4j is Maven's, with a provider: nothing to do.
 */
final class QuietLogging {
    private static final String VERBOSITY = "slf4j.internal.verbosity";

    private QuietLogging() {}

    /** Runs once, before networknt is first used. */
    static void ensure() {
        Holder.touch();
    }

    private static final class Holder {
        static {
            try {
                if (System.getProperty(VERBOSITY) == null && System.getProperty("slf4j.provider") == null
                        && java.util.ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class,
                                org.slf4j.LoggerFactory.class.getClassLoader()).findFirst().isEmpty()) {
                    System.setProperty(VERBOSITY, "ERROR");
                    try {
                        org.slf4j.LoggerFactory.getILoggerFactory();
                    } finally {
                        System.clearProperty(VERBOSITY);
                    }
                }
            } catch (LinkageError | RuntimeException e) {
                // slf4j 1.x (no SLF4JServiceProvider) or a provider that fails to load: leave slf4j to itself.
            }
        }

        static void touch() {}
    }
}
