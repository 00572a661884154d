package dev.schemapojo.core.fuzz;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Bugs that fuzzing found and that are not fixed yet. Each has a minimized input in
 * {@code src/test/resources/fuzz/findings/}, and a narrow test on the failure it causes, so that
 * the fuzz sessions of every build keep looking for new bugs instead of stopping at a known one.
 * A tolerated failure is counted; the counts are printed when the JVM exits.
 *
 * <p>When a bug is fixed: delete its entry here, move its input from {@code findings/<target>/} to
 * {@code seeds/<target>/}, and run {@code GeneratorFuzzTest}. {@code -Dschemapojo.fuzz.strict=true}
 * tolerates nothing; {@code -Dschemapojo.fuzz.findings=true} (run the findings) implies it.
 */
final class KnownFindings {
    /**
     * One known bug.
     *
     * @param id short name used in the counts and in docs/fuzzing.md
     * @param input the minimized input, relative to {@code src/test/resources/fuzz/findings/}
     * @param matches recognizes the failure (the exception the harness saw)
     */
    record Known(String id, String input, Predicate<Throwable> matches) {}

    /** Empty: every finding so far is fixed and its input is a regression seed (docs/fuzzing.md lists them). */
    static final List<Known> KNOWN = List.of();

    private static final Map<String, Integer> TOLERATED = new TreeMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (TOLERATED) {
                if (!TOLERATED.isEmpty()) {
                    System.err.println("schemapojo-fuzz: known findings tolerated: " + TOLERATED);
                }
            }
        }));
    }

    private KnownFindings() {}

    static boolean strict() {
        return Boolean.getBoolean("schemapojo.fuzz.strict") || Boolean.getBoolean("schemapojo.fuzz.findings");
    }

    /** True when {@code failure} is a known bug and failures of known bugs are tolerated. */
    static boolean tolerated(Throwable failure) {
        if (strict()) {
            return false;
        }
        for (Known known : KNOWN) {
            if (known.matches().test(failure)) {
                synchronized (TOLERATED) {
                    if (TOLERATED.merge(known.id(), 1, Integer::sum) == 1) {
                        System.err.println("schemapojo-fuzz: tolerating known finding " + known.id() + " (" + known.input()
                                + "); -Dschemapojo.fuzz.strict=true reports it");
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** An invariant violation whose message contains a match of {@code regex}. */
    private static Predicate<Throwable> violation(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return t -> t instanceof GenerationCheck.InvariantViolation && pattern.matcher(t.getMessage()).find();
    }
}
