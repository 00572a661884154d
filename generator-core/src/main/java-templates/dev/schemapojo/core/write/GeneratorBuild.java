package dev.schemapojo.core.write;

/**
 * Which build of the generator this is, written into the class by the build (maven-resources-plugin filters
 * {@code src/main/java-templates}), so that the up-to-date check knows it without reading a file.
 */
final class GeneratorBuild {
    /** The project's version. */
    static final String VERSION = "${project.version}";

    /** When this build ran (the POM's {@code schemapojo.built}: {@code maven.build.timestamp}, to the millisecond): a SNAPSHOT's builds differ by it. */
    static final String BUILT = "${schemapojo.built}";

    private GeneratorBuild() {}
}
