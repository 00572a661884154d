package dev.schemapojo.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.ObjectType;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.ir.TypeModel;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The model stage seen from outside: schema files a test writes under {@code dir/s}, the
 * {@link TypeModel} that {@link Generator#model()} builds from them, and look-ups in it. Only the public
 * API and the IR records are used, never the modeller's own classes, so these tests keep holding while
 * the modeller is split up. Nothing is compiled.
 */
final class ModelRun {
    /** The base package of {@link Schemas#options}. */
    static final String PACKAGE = "com.example";

    private ModelRun() {}

    static void write(Path dir, String relative, String schema) {
        Schemas.write(dir.resolve("s"), relative, schema);
    }

    static Options.Builder options(Path dir) {
        return Schemas.options(dir.resolve("s"), dir.resolve("out"));
    }

    /** The model of one schema file with the default options. */
    static TypeModel model(Path dir, String relative, String schema) {
        write(dir, relative, schema);
        return model(options(dir));
    }

    /** The model of the files written so far. */
    static TypeModel model(Path dir) {
        return model(options(dir));
    }

    static TypeModel model(Options.Builder options) {
        Optional<TypeModel> model = new Generator(options.build()).model();
        assertThat(model).as("a model (the run stopped before the model stage)").isPresent();
        return model.get();
    }

    /** Every diagnostic of the files written so far, from load to model, in file and line order. */
    static List<Diagnostic> diagnostics(Path dir) {
        return diagnostics(options(dir));
    }

    static List<Diagnostic> diagnostics(Options.Builder options) {
        return new Generator(options.build()).validate().diagnostics();
    }

    /**
     * {@code ruleId pointer} of each diagnostic (the root as {@code /}): what fired where, without the
     * wording, which the validate tests own.
     */
    static List<String> findings(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.ruleId() + " " + (d.pointer().isEmpty() ? "/" : d.pointer())).toList();
    }

    /** A type in {@link #PACKAGE}: the top-level simple name, then the names of the types nested in it. */
    static JavaName name(String... simpleNames) {
        return new JavaName(PACKAGE, List.of(simpleNames));
    }

    static TypeRef.Named named(String... simpleNames) {
        return new TypeRef.Named(name(simpleNames));
    }

    static TypeRef.Scalar scalar(ScalarKind kind) {
        return new TypeRef.Scalar(kind);
    }

    /** The canonical names of the top-level types, in the model's order. */
    static List<String> topLevel(TypeModel model) {
        return model.types().stream().map(t -> t.name().canonicalName()).toList();
    }

    /** The type of that name, top-level or nested at any depth, which must be of that kind. */
    static <T extends TypeDecl> T type(TypeModel model, Class<T> kind, JavaName name) {
        List<TypeDecl> all = new ArrayList<>();
        model.types().forEach(t -> collect(t, all));
        List<TypeDecl> found = all.stream().filter(t -> t.name().equals(name)).toList();
        assertThat(found).as("types named " + name + " among " + all.stream().map(TypeDecl::name).toList()).hasSize(1);
        assertThat(found.get(0)).as(name.toString()).isInstanceOf(kind);
        return kind.cast(found.get(0));
    }

    /** The type {@code com.example.<simpleNames joined by .>}. */
    static <T extends TypeDecl> T type(TypeModel model, Class<T> kind, String... simpleNames) {
        return type(model, kind, name(simpleNames));
    }

    /** The object type {@code com.example.<simpleNames joined by .>}. */
    static ObjectType object(TypeModel model, String... simpleNames) {
        return type(model, ObjectType.class, simpleNames);
    }

    private static void collect(TypeDecl type, List<TypeDecl> into) {
        into.add(type);
        type.nested().forEach(n -> collect(n, into));
    }

    /** The property with that JSON name. */
    static Property property(ObjectType type, String jsonName) {
        List<Property> found = type.properties().stream().filter(p -> p.jsonName().equals(jsonName)).toList();
        assertThat(found).as("properties \"" + jsonName + "\" of " + type.name()).hasSize(1);
        return found.get(0);
    }

    static List<String> jsonNames(ObjectType type) {
        return type.properties().stream().map(Property::jsonName).toList();
    }
}
