package dev.schemapojo.core.fuzz;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fuzz targets of {@link GeneratorFuzzTest} on their seeds, on the empty input and on fixed pseudo-random
 * composed inputs, in every build, as plain JUnit tests: the same invariant ({@link GenerationCheck}) without
 * Jazzer's instrumentation. Fuzzing itself is {@link FuzzSessionTest} (in {@code .ci/run}).
 */
class FuzzSeedsTest {
    /** How many fixed pseudo-random inputs {@link #composedSamples()} runs. */
    static final int SAMPLES = 40;

    private final GeneratorFuzzTest targets = new GeneratorFuzzTest();

    @ParameterizedTest
    @MethodSource("dev.schemapojo.core.fuzz.GeneratorFuzzTest#schemaFilesSeeds")
    void schemaFiles(byte[] input) {
        targets.schemaFiles(input);
    }

    @ParameterizedTest
    @MethodSource("dev.schemapojo.core.fuzz.GeneratorFuzzTest#composedSchemasSeeds")
    void composedSchemas(byte[] input) {
        targets.composedSchemas(input);
    }

    @Test
    void theEmptyInput() {
        targets.schemaFiles(new byte[0]);
        targets.composedSchemas(new byte[0]);
    }

    /**
     * A fixed, reproducible set of composed inputs (pseudo-random bytes from fixed seeds), so that every build
     * also covers inputs that no seed file spells out.
     */
    @Test
    void composedSamples() {
        for (int i = 0; i < SAMPLES; i++) {
            SplittableRandom random = new SplittableRandom(20261127L + i);
            byte[] input = new byte[32 + random.nextInt(480)];
            random.nextBytes(input);
            try {
                targets.composedSchemas(input);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("composed sample " + i + " (SplittableRandom seed " + (20261127L + i)
                        + ", " + input.length + " bytes) broke the invariant: " + e, e);
            }
        }
    }
}
