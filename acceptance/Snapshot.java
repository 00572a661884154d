import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.Style;
import dev.schemapojo.core.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes what the generator produces for each schema directory (the sources and the formatted
 * diagnostics), without compiling anything, so that two builds of the generator can be compared with
 * {@code diff -r}: the check a refactoring runs after every commit ("output byte-identical").
 *
 * <p>Usage: {@code java -cp CLASSPATH acceptance/Snapshot.java OUT STYLE BEAN_VALIDATION DIR...}. A DIR
 * without {@code .json} files of its own (the public collection) is one schema set per sub-directory, as in
 * the acceptance run; a DIR with schema files of its own (the Stytch set) is one schema set.
 */
public final class Snapshot {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Style style = Style.valueOf(args[1].toUpperCase());
        boolean beanValidation = Boolean.parseBoolean(args[2]);
        int sets = 0;
        int files = 0;
        for (int i = 3; i < args.length; i++) {
            Path dir = Path.of(args[i]);
            List<Path> members;
            try (Stream<Path> children = Files.list(dir)) {
                members = children.sorted().toList();
            }
            boolean collection = members.stream().noneMatch(p -> p.toString().endsWith(".json"));
            for (Path set : collection ? members.stream().filter(Files::isDirectory).toList() : List.of(dir)) {
                String slug = set.getFileName().toString();
                Path target = out.resolve(slug);
                Options options = Options.builder()
                        .sourceDirectory(set)
                        .outputDirectory(target.resolve("src"))
                        .packageName("snap." + slug.replaceAll("[^A-Za-z0-9]", "_").replaceAll("^([0-9])", "_$1"))
                        .failOn(FailOn.NEVER)
                        .diagnosticsPerRule(0)
                        .style(style)
                        .beanValidation(beanValidation)
                        .build();
                Files.createDirectories(target);
                String report;
                try {
                    var result = new Generator(options).generate();
                    List<String> lines = new ArrayList<>();
                    for (Diagnostic d : result.diagnostics()) {
                        lines.add(d.format());
                    }
                    report = String.join("\n", lines) + "\n";
                    files += result.sourceFiles().size();
                } catch (RuntimeException e) {
                    report = "exception: " + e + "\n";
                }
                Files.writeString(target.resolve("diagnostics.txt"), report, StandardCharsets.UTF_8);
                sets++;
            }
        }
        System.out.println("snapshot: " + sets + " schema sets, " + files + " source files in " + out);
    }
}
