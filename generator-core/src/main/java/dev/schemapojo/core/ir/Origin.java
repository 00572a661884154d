package dev.schemapojo.core.ir;

/**
 * Where a type comes from: a schema file (its path relative to the source directory) and the JSON
 * pointer of the schema in it, empty for the file's root.
 */
public record Origin(String file, String pointer) {
    /** {@code file#pointer}, or the file alone for its root: how Javadoc and file comments show it. */
    @Override
    public String toString() {
        return file + (pointer.isEmpty() ? "" : "#" + pointer);
    }
}
