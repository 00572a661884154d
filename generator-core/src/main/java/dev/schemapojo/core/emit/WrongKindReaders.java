package dev.schemapojo.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.schemapojo.core.naming.NameScope;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Jackson creators for JSON of a kind a type is not generated for, which fail with a message naming the
 * type and what the JSON is, instead of Jackson's "no String-argument constructor" or "Cannot deserialize
 * ArrayList from Object value". A schema without {@code "type"} whose keywords describe an object (or an
 * array) is generated as that, although JSON Schema would also accept other values there; this is where
 * reading such a value fails. Jackson picks a creator by the JSON token, so there is one per kind: a
 * string, an {@code int}, a {@code long}, a {@code double}, a boolean, and the other container (a list for
 * an object type, a map for an array type; Jackson takes a creator of a collection for JSON arrays only).
 */
final class WrongKindReaders {
    private WrongKindReaders() {}

    /** What the type reads. */
    enum Kind {
        OBJECT("JSON objects", "an object"), ARRAY("JSON arrays", "an array");

        private final String plural;
        private final String keywords;

        Kind(String plural, String keywords) {
            this.plural = plural;
            this.keywords = keywords;
        }
    }

    private record Reader(String name, TypeName type, String what) {}

    /**
     * Adds the creators and the one method that makes their exception.
     *
     * @param typeName the type named in the message
     * @param returns what the creators return (the type Jackson reads, or its builder)
     */
    static void add(TypeSpec.Builder spec, String typeName, Kind kind, ClassName returns, NameScope members) {
        String fail = failure(spec, typeName, kind.plural + " (its schema's keywords describe " + kind.keywords + ")", members);
        TypeName object = ClassName.get(Object.class);
        List<Reader> readers = new ArrayList<>(List.of(
                new Reader("jsonString", JavaTypes.STRING, "a string"),
                new Reader("jsonInt", TypeName.INT, "a number"),
                new Reader("jsonLong", TypeName.LONG, "a number"),
                new Reader("jsonDouble", TypeName.DOUBLE, "a number"),
                new Reader("jsonBoolean", TypeName.BOOLEAN, "a boolean")));
        readers.add(kind == Kind.OBJECT
                ? new Reader("jsonArray", ParameterizedTypeName.get(JavaTypes.LIST, object), "an array")
                : new Reader("jsonObject", ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING, object), "an object"));
        for (Reader r : readers) {
            spec.addMethod(throwing(members.allocate(r.name()), r.type(), r.what(), returns, fail));
        }
    }

    /**
     * Adds the method that makes the exception ("Cannot read X: the JSON is WHAT, but X is generated for
     * EXPECTED") and returns its name.
     */
    static String failure(TypeSpec.Builder spec, String typeName, String expected, NameScope members) {
        String fail = members.allocate("wrongKind");
        spec.addMethod(MethodSpec.methodBuilder(fail)
                .addJavadoc("What Jackson's creators for JSON of other kinds throw: such JSON cannot be read as this type.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(IllegalArgumentException.class)
                .addParameter(JavaTypes.STRING, "what")
                .addStatement("return new $T($L + what + $L)", IllegalArgumentException.class,
                        Literals.string("Cannot read " + typeName + ": the JSON is "),
                        Literals.string(", but " + typeName + " is generated for " + expected))
                .build());
        return fail;
    }

    /** A Jackson creator for JSON of one kind that throws what {@code fail} makes. */
    static MethodSpec throwing(String name, TypeName type, String what, ClassName returns, String fail) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Annotations.delegatingCreator())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(returns)
                .addParameter(type, "json")
                .addStatement("$L", "throw " + fail + "(" + Literals.text(what) + ")") // one piece (ChecksEmitter.text)
                .build();
    }
}
