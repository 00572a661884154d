package dev.schemapojo.core.model;

import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.load.JsonPointers;
import dev.schemapojo.core.load.SchemaDocument;
import dev.schemapojo.core.load.SchemaLocationRef;
import dev.schemapojo.core.naming.NameScope;
import dev.schemapojo.core.naming.TypeNamer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The one place that names top-level types: each schema that becomes one gets its name once, however
 * many uses lead to it, and two schema files that want one name are reported ({@code naming.collision}).
 * A claimed schema waits here until the model declares it.
 */
final class TypeNames {
    private final ModelContext context;
    private final TypeNamer namer;
    private final FixedValues fixedValues;
    private final Map<String, SchemaDocument> documentsByKey = new HashMap<>();
    private final Map<SchemaKey, JavaName> names = new HashMap<>();
    /** Claimed case-insensitively: case-insensitive file systems hold only one of Foo.java and FOO.java. */
    private final NameScope taken = new NameScope(NameScope.Numbering.NUMBER, true, List.of());
    /** Which schema claimed each name (lower case), to say so in a collision. */
    private final Map<String, SchemaKey> owners = new HashMap<>();
    private final Deque<SchemaKey> undeclared = new ArrayDeque<>();
    /** The packages of the source directory's sub-directories, in lower case. */
    private final java.util.Set<String> packages = new java.util.HashSet<>();

    TypeNames(ModelContext context, FixedValues fixedValues) {
        this.context = context;
        this.namer = new TypeNamer(context.options());
        this.fixedValues = fixedValues;
        context.set().documents().forEach(d -> documentsByKey.put(d.key(), d));
        for (SchemaDocument document : context.set().documents()) {
            // every package the sub-directories give, in lower case: no class may take one of those names
            String pkg = context.options().packageName();
            for (String directory : document.directories()) {
                pkg = pkg + "." + dev.schemapojo.core.naming.Names.packageSegment(directory);
                packages.add(pkg.toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The name claimed for the schema at {@code key}, or null. */
    JavaName nameOf(SchemaKey key) {
        return names.get(key);
    }

    /** The next claimed schema the model has not declared yet, or null when all are. */
    SchemaLocationRef nextUndeclared() {
        SchemaKey key = undeclared.pollFirst();
        return key == null ? null : new SchemaLocationRef(documentsByKey.get(key.path()), key.pointer());
    }

    /**
     * The top-level name of the schema at {@code pointer}: the one it has, else a new one from its title
     * or {@code fallbackName}, numbered when taken ({@code Pet2}) and, between two file roots, reported.
     */
    JavaName claim(SchemaDocument document, String pointer, String fallbackName) {
        SchemaKey key = new SchemaKey(document.key(), pointer);
        JavaName existing = names.get(key);
        if (existing != null) {
            return existing;
        }
        JsonNode schema = new SchemaLocationRef(document, pointer).node();
        JavaName name = namer.topLevelName(document.directories(), TypeNamer.title(schema), fallbackName);
        if (name.simpleName().equals("Builder")) {
            // every generated class has a nested Builder, and Java forbids a nested class named like its outer one
            name = new JavaName(name.packageName(), List.of("Builder_"));
        }
        if (packages.contains((name.packageName() + "." + name.simpleName()).toLowerCase(Locale.ROOT))) {
            // javac refuses a class named like a package beside it (a title "1v" beside a directory 1v/)
            JavaName clash = name;
            name = new JavaName(name.packageName(), List.of(taken.free(name.canonicalName() + "Type")
                    .substring(name.packageName().length() + 1)));
            context.diagnostics().report(document.diagnostic(Severity.WARNING, "naming.package-clash",
                    schema.has("title") ? JsonPointers.append(pointer, "title") : pointer, "the type "
                            + clash.canonicalName() + " would have the name of the package of the sub-directory beside"
                            + " this file, which Java does not allow; it is named " + name.simpleName() + " instead"
                            + " (give the schema another title, or rename the directory, to choose a name)"));
        }
        String wanted = name.canonicalName();
        if (taken.isTaken(wanted)) {
            SchemaKey previous = owners.get(wanted.toLowerCase(Locale.ROOT));
            if (pointer.isEmpty() && previous.pointer().isEmpty()) {
                // Two schema files want one type name: that needs the user's decision.
                String titlePointer = schema.has("title") ? JsonPointers.append(pointer, "title") : pointer;
                context.diagnostics().report(document.diagnostic(Severity.ERROR, "naming.collision", titlePointer,
                        "this schema and " + documentsByKey.get(previous.path()).displayPath()
                                + " both map to the Java type " + name.canonicalName()
                                + " (names that differ only in case collide on some file systems); give one of them"
                                + " another title, move it to another sub-directory, or change the naming rule"));
            }
            // A name derived from a $defs key or a property is numbered; after an error, numbering keeps the model whole.
            String number = taken.allocate(wanted).substring(wanted.length());
            name = new JavaName(name.packageName(), List.of(name.simpleName() + number));
        } else {
            taken.reserve(wanted);
        }
        owners.put(name.canonicalName().toLowerCase(Locale.ROOT), key);
        names.put(key, name);
        fixedValues.named(name, schema);
        undeclared.addLast(key);
        return name;
    }
}
