package dev.schemapojo.core.load;

import dev.schemapojo.core.Draft;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.diagnostics.DiagnosticCollector;
import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.parallel.Workers;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The load stage: finds the schema files under the source directory, parses each once with source
 * locations, and works out its draft and base URI. Files that cannot be parsed are reported and left
 * out of the later stages.
 */
public final class SchemaLoader {
    private final Options options;
    private final DiagnosticCollector diagnostics;
    /** Keeps no state between files: one for every thread. */
    private static final LocatedJsonReader READER = new LocatedJsonReader();
    private final SourceFiles selection;
    private final Map<Path, FileDigest> digests = new LinkedHashMap<>();
    private boolean selectedNothing;

    public SchemaLoader(Options options, DiagnosticCollector diagnostics) {
        this.options = options;
        this.diagnostics = diagnostics;
        this.selection = SourceFiles.of(options);
    }

    /** The digest of each file {@link #load()} read, in reading order: what the output of the run depends on. */
    public Map<Path, FileDigest> digests() {
        return java.util.Collections.unmodifiableMap(digests);
    }

    /** True when the includes and excludes selected no file of the source directory (the loader warned). */
    public boolean selectedNothing() {
        return selectedNothing;
    }

    /**
     * Loads every included file of the source directory and of each directory that a URI prefix is
     * mapped to. The result is in path order, whatever the file system's order.
     */
    public SchemaSet load() throws IOException {
        return load(new Workers(1, 0));
    }

    /** As {@link #load()}, reading and parsing the files on {@code workers}' threads (each file on its own). */
    public SchemaSet load(Workers workers) throws IOException {
        List<Path> roots = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        roots.add(options.sourceDirectory());
        // a project may take all its schemas from artifacts and have no source directory of its own
        boolean local = options.artifactRoots().isEmpty() || Files.isDirectory(options.sourceDirectory());
        TreeMap<String, Path> sources = local ? findFiles(options.sourceDirectory()) : new TreeMap<>();
        TreeMap<Path, Path> artifactFiles = new TreeMap<>();
        for (Path root : options.artifactRoots().values()) {
            findFiles(root).values().forEach(file -> artifactFiles.put(file, root));
        }
        selectedNothing = sources.isEmpty() && artifactFiles.isEmpty();
        if (selectedNothing) {
            diagnostics.report(new Diagnostic(display(options.sourceDirectory()), 0, 0, Severity.WARNING,
                    "load.no-schemas", "", "the includes " + options.includes()
                            + (options.excludes().isEmpty() ? "" : " and excludes " + options.excludes())
                            + " select no file in this directory; nothing was generated and the previous output"
                            + " was kept: check sourceDirectory, includes and excludes"));
        }
        for (Path file : sources.values()) {
            pending.add(new Pending(options.sourceDirectory(), file, null));
        }
        // an artifact's schemas are read as if they were in the source directory, relative to its own root
        roots.addAll(options.artifactRoots().values());
        artifactFiles.forEach((file, root) -> pending.add(new Pending(root, file, null)));
        for (Map.Entry<String, Path> mapping : options.uriMappings().entrySet()) {
            Path root = mapping.getValue();
            roots.add(root);
            for (Map.Entry<String, Path> file : findFiles(root).entrySet()) {
                URI mapped = URI.create(mapping.getKey()).resolve(encodePath(file.getKey()));
                pending.add(new Pending(root, file.getValue(), mapped));
            }
        }
        List<Read> reads = workers.map(pending, SchemaLoader::read);
        List<SchemaDocument> documents = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            SchemaDocument document = loadFile(pending.get(i), reads.get(i));
            if (document != null) {
                documents.add(document);
            }
        }
        return new SchemaSet(roots, documents, pending.size());
    }

    /** A file to load: its root, and the URI a mapped directory gives it (null for the source directory). */
    private record Pending(Path root, Path file, URI mappedUri) {}

    /** What reading a file gave: its digest and parsed content, or why not. */
    private record Read(FileDigest digest, ParsedJson json, IOException ioFailure, JsonSyntaxException syntax) {}

    private static Read read(Pending file) {
        FileDigest digest = null;
        try {
            FileDigest stamp = FileDigest.stamp(file.file());
            byte[] bytes = Files.readAllBytes(file.file());
            digest = stamp.withContent(bytes);
            return new Read(digest, READER.read(bytes), null, null);
        } catch (IOException e) {
            return new Read(digest, null, e, null);
        } catch (JsonSyntaxException e) {
            return new Read(digest, null, null, e);
        }
    }

    private static String encodePath(String relative) {
        StringBuilder sb = new StringBuilder();
        for (String segment : relative.split("/")) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    /** Included files keyed by their path relative to {@code root} (with {@code /}). */
    TreeMap<String, Path> findFiles(Path root) throws IOException {
        return selection.find(root, new SourceFiles.Listener() {
            @Override
            public void failed(Path file, IOException e) {
                String shown = display(file);
                if (e instanceof FileSystemLoopException) {
                    diagnostics.report(new Diagnostic(shown, 0, 0, Severity.WARNING, "load.symlink-loop", "",
                            "this directory links back to one of its parents; it was read once and the loop skipped"));
                } else {
                    diagnostics.report(new Diagnostic(shown, 0, 0, Severity.ERROR, "load.io", "", "cannot be read: " + e));
                }
            }

            @Override
            public void outsideRoots(Path link, Path target) {
                boolean directory = Files.isDirectory(link);
                diagnostics.report(new Diagnostic(display(link), 0, 0, Severity.ERROR, "load.outside-root", "",
                        (directory ? "this directory" : "this file") + " is a link to " + target + ", outside the source"
                                + " directory" + (options.uriMappings().isEmpty() ? "" : " and the uriMappings directories")
                                + ", so it was not read; copy the " + (directory ? "schemas" : "schema") + " under "
                                + display(options.sourceDirectory()) + ", or map " + (directory ? "that directory"
                                : "the directory it is in") + " with a uriMapping"));
            }

            @Override
            public void skippedByCase(Path file) {
                diagnostics.report(new Diagnostic(display(file), 0, 0, Severity.WARNING, "load.skipped-by-case", "",
                        "this file was not read: the includes " + options.includes() + " match names case-sensitively;"
                                + " rename it, or add a pattern for it to includes (e.g. **/*." + extension(file) + ")"));
            }
        });
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    private SchemaDocument loadFile(Pending pending, Read read) {
        Path file = pending.file();
        URI mappedUri = pending.mappedUri();
        String relative = pending.root().relativize(file).toString().replace(java.io.File.separatorChar, '/');
        String shown = display(file);
        if (read.digest() != null) {
            digests.put(file, read.digest());
        }
        if (read.ioFailure() != null) {
            diagnostics.report(new Diagnostic(shown, 0, 0, Severity.ERROR, "load.io", "", "cannot be read: " + read.ioFailure()));
            return null;
        }
        if (read.syntax() != null) {
            JsonSyntaxException e = read.syntax();
            SourceLocation loc = e.location();
            diagnostics.report(new Diagnostic(shown, loc.line(), loc.column(), Severity.ERROR, e.ruleId(),
                    e.pointer(), e.getMessage()));
            return null;
        }
        ParsedJson json = read.json();
        JsonNode root = json.root();
        if (!root.isObject() && !root.isBoolean()) {
            SourceLocation loc = json.locate("");
            diagnostics.report(new Diagnostic(shown, loc.line(), loc.column(), Severity.ERROR, "schema.root", "",
                    "a schema file must hold a JSON object (or true/false), not " + JsonValues.describeType(root)));
            return null;
        }
        // a file that names itself with draft 04's "id" (and has no "$id") is written in draft 04
        Draft draft = Draft.namesItselfWithDraft4Id(root) ? Draft.DRAFT_04 : options.defaultDraft();
        JsonNode schemaKeyword = root.path("$schema");
        if (schemaKeyword.isString() && !Draft.isUnversioned(schemaKeyword.asString())) {
            var known = Draft.fromSchemaUri(schemaKeyword.asString());
            if (known.isPresent()) {
                draft = known.get();
            } else {
                SourceLocation loc = json.locate("/$schema");
                diagnostics.report(new Diagnostic(shown, loc.line(), loc.column(), Severity.ERROR,
                        "schema.unknown-draft", "/$schema",
                        JsonValues.quote(schemaKeyword.asString()) + " is not a JSON Schema draft schemapojo knows; use one of "
                                + knownDrafts() + " (or set this rule to warning to read the file as draft "
                                + draft.shortName() + ")"));
            }
        }
        URI fileUri = mappedUri != null ? mappedUri : file.toUri();
        return new SchemaDocument(file, relative, shown, json, draft, fileUri, baseUri(fileUri, root, draft));
    }

    private static URI baseUri(URI fileUri, JsonNode root, Draft draft) {
        JsonNode id = root.path(draft.idKeyword());
        if (id.isString()) {
            try {
                URI resolved = fileUri.resolve(new URI(id.asString()));
                return withoutFragment(resolved);
            } catch (URISyntaxException | IllegalArgumentException e) {
                return fileUri;
            }
        }
        return fileUri;
    }

    static URI withoutFragment(URI uri) {
        try {
            URI plain = new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
            if (plain.getRawAuthority() != null && plain.getRawPath() != null && plain.getRawPath().isEmpty()) {
                // RFC 3986 6.2.3: an empty path is "/" ("https://example.com" and "https://example.com/" are one $id)
                return new URI(plain.getScheme() + "://" + plain.getRawAuthority() + "/"
                        + (plain.getRawQuery() == null ? "" : "?" + plain.getRawQuery()));
            }
            return plain;
        } catch (URISyntaxException e) {
            return uri;
        }
    }

    private String knownDrafts() {
        StringBuilder sb = new StringBuilder();
        for (Draft d : Draft.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(d.metaSchemaUri());
        }
        return sb.toString();
    }

    private String display(Path file) {
        return options.display(file);
    }
}
