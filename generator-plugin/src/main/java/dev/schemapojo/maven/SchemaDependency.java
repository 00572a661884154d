package dev.schemapojo.maven;

import java.util.List;

/**
 * One artifact whose schemas the goal reads as if they were in the source directory ({@code schemaDependencies}):
 * <pre>{@code
 * <schemaDependency>
 *   <coordinates>com.example:stytch-schemas:1.4.0</coordinates>
 *   <directory>schemas</directory>        <!-- optional: the directory inside the artifact -->
 *   <includes><include>**}{@code /*.json</include></includes>   <!-- optional -->
 * </schemaDependency>
 * }</pre>
 */
public class SchemaDependency {
    /** {@code groupId:artifactId:version[:classifier][:type]}; the type defaults to {@code jar}. */
    String coordinates;

    /** The directory inside the artifact that holds the schemas, or nothing for the whole artifact. */
    String directory;

    /** Glob patterns of the schema files, relative to {@code directory}; by default every {@code .json} file. */
    List<String> includes;

    /** Glob patterns of files to leave out, applied after {@code includes}. */
    List<String> excludes;
}
