package dev.schemapojo.core.model;

import dev.schemapojo.core.ir.AdditionalProperties;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.naming.Names;
import java.util.List;

/**
 * The limits of javac, the class-file format and file systems that the model must respect, because only
 * the model knows where in a schema a limit is passed. Each names the rule its breach is reported under.
 */
final class JavaLimits {
    private JavaLimits() {}

    /** {@code model.name-too-long}: a JSON name or enum value is a string constant, 65,535 bytes of modified UTF-8 at most. */
    static final int MAX_JSON_NAME_CHARS = 20_000;
    /**
     * {@code model.too-many-properties}: the constructor from the builder copies each property (up to about 30
     * bytes of code each, within javac's 64 KB per method); {@code build()}'s checks are split into methods of
     * {@code ChecksEmitter.CHECKS_PER_METHOD}, so they set no limit.
     */
    static final int MAX_PROPERTIES = 2_000;
    /** {@code model.too-deep}: javac itself overflows its stack on generic types hundreds of levels deep. */
    static final int MAX_COLLECTION_DEPTH = 16;
    /** {@code model.not-represented} (tuples): one constructor parameter per position, and Java allows 255. */
    static final int MAX_TUPLE_ITEMS = 200;
    /** Non-string enums with more values are documented, not checked: the check is one {@code List.of(...)} in {@code build()}. */
    static final int MAX_CHECKED_ENUM_VALUES = 500;
    /** {@code style.record-fallback}: a record has at most 254 components. */
    static final int MAX_RECORD_COMPONENTS = 254;

    /** Whether {@code Outer$...$Name$Builder.class} would pass 200 bytes (file systems allow 255); such a type goes top-level. */
    static boolean nestedNameTooLong(JavaName enclosing, String simpleName) {
        // Outer$...$Name$Builder.class is the longest file a nested class brings.
        int bytes = Names.utf8Length(simpleName) + "$Builder.class".length();
        for (String name : enclosing.simpleNames()) {
            bytes += Names.utf8Length(name) + 1;
        }
        return bytes > 200;
    }

    /** {@code style.record-fallback}: why an object type cannot be a Java record, or null when it can. */
    static String recordObstacle(List<Property> props, AdditionalProperties additional, boolean closed,
            boolean rejectsUnknown) {
        if (closed) {
            return "additionalProperties: false needs a class (records cannot reject unknown properties)";
        }
        if (rejectsUnknown) {
            return "unknownProperties=fail needs a class (records cannot reject unknown properties)";
        }
        if (props.size() + (additional == null ? 0 : 1) > MAX_RECORD_COMPONENTS) {
            return "a record has at most " + MAX_RECORD_COMPONENTS + " components";
        }
        for (Property p : props) {
            if (p.jsonName().isEmpty()) {
                return "a property named \"\" needs a class";
            }
            if (p.type() instanceof TypeRef.SetOf) {
                return "uniqueItems (\"" + p.jsonName() + "\") needs a class to keep the order and reject repeats";
            }
            if (p.nullable()) {
                return "\"" + p.jsonName() + "\" may be null, and a record cannot keep a JSON null apart from an"
                        + " absent member (a class does: hasX())";
            }
        }
        return additional == null ? null : "keeping additional properties needs a class (a record cannot have an any-setter)";
    }
}
