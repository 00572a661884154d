package dev.schemapojo.core.write;

/**
 * Which generator made an output. A release is its version: a released artifact never changes. A SNAPSHOT
 * version is shared by every build of it, which may generate different code, so there the time of the build
 * is part of it too (a rebuilt jar, or rebuilt classes, have a new one). Both are constants compiled in
 * ({@link GeneratorBuild}), so a no-op run reads no file to know them.
 */
final class GeneratorVersion {
    /** Where the build did not fill {@link GeneratorBuild} in: then no run counts as up to date. */
    static final String UNKNOWN = "unknown";

    private GeneratorVersion() {}

    /** {@code <version>}, or {@code <version> <build time>} for a SNAPSHOT. */
    static String current() {
        return of(GeneratorBuild.VERSION, GeneratorBuild.BUILT);
    }

    static String of(String version, String built) {
        if (version.isEmpty() || version.startsWith("${")) {
            return UNKNOWN;
        }
        if (!version.endsWith("-SNAPSHOT")) {
            return version;
        }
        return version + " " + (built.isEmpty() || built.startsWith("${") ? UNKNOWN : built);
    }
}
