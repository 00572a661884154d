package dev.schemapojo.core.compat;

import dev.schemapojo.core.compat.ChangeKind.JavaVerdict;
import dev.schemapojo.core.compat.ChangeKind.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The changes of a comparison with the direction of each type applied, and written out: one line per change
 * for the build log, Markdown for a pull-request comment, JSON for tools.
 *
 * @param changes the changes, in {@link ModelDiff}'s order
 * @param requestTypes patterns over a type's Java name (or that of a type around it) or schema file: data we send
 * @param responseTypes likewise: data we read; a type that matches neither is taken as both, the strictest
 */
public record CompatReport(List<Change> changes, List<Pattern> requestTypes, List<Pattern> responseTypes) {
    public CompatReport {
        changes = List.copyOf(changes);
        requestTypes = List.copyOf(requestTypes);
        responseTypes = List.copyOf(responseTypes);
    }

    /** The wire verdict of a change for its type's direction. */
    public Verdict wire(Change change) {
        boolean request = matches(requestTypes, change);
        boolean response = matches(responseTypes, change);
        if (request && !response) {
            return change.send();
        }
        if (response && !request) {
            return change.read();
        }
        return change.send() == Verdict.BREAKING || change.read() == Verdict.BREAKING ? Verdict.BREAKING : Verdict.COMPATIBLE;
    }

    /** The direction a change's type is taken in: {@code send}, {@code read} or {@code both}. */
    public String direction(Change change) {
        boolean request = matches(requestTypes, change);
        boolean response = matches(responseTypes, change);
        return request && !response ? "send" : response && !request ? "read" : "both";
    }

    /** Whether a pattern matches the type's name, the name of a type around it (a nested type has its direction), or its file. */
    private static boolean matches(List<Pattern> patterns, Change change) {
        List<String> names = new java.util.ArrayList<>(List.of(change.type(), change.origin().file()));
        for (int dot = change.type().lastIndexOf('.'); dot > 0; dot = change.type().lastIndexOf('.', dot - 1)) {
            names.add(change.type().substring(0, dot));
        }
        return patterns.stream().anyMatch(p -> names.stream().anyMatch(n -> p.matcher(n).find()));
    }

    public long wireBreaking() {
        return changes.stream().filter(c -> wire(c) == Verdict.BREAKING).count();
    }

    public long javaBreaking() {
        return changes.stream().filter(c -> c.java() == JavaVerdict.SOURCE_BREAKING).count();
    }

    /** {@code 3 changes: 1 wire-breaking, 2 breaking the Java API}. */
    public String summary() {
        return changes.size() + (changes.size() == 1 ? " change" : " changes") + ": " + wireBreaking() + " wire-breaking, "
                + javaBreaking() + " breaking the Java API";
    }

    /** One javac-style line per change: {@code schemas/order.json:5:5: required-property-added ...; wire breaking (send), java ...}. */
    public List<String> lines() {
        return changes.stream().map(c -> (c.location().isEmpty() ? c.origin().toString() : c.location()) + ": " + c.kind().word() + " " + c.type()
                + (c.member().isEmpty() ? "" : "." + c.member()) + details(c) + "; wire " + word(wire(c)) + " (" + direction(c)
                + "), java " + word(c.java())).toList();
    }

    private static String details(Change c) {
        return c.before().isEmpty() && c.after().isEmpty() ? ""
                : ": " + (c.before().isEmpty() ? "-" : c.before()) + " -> " + (c.after().isEmpty() ? "-" : c.after());
    }

    private static String word(Enum<?> verdict) {
        return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A Markdown table for a pull-request comment. */
    public String markdown() {
        StringBuilder out = new StringBuilder("## Schema changes\n\n").append(summary()).append("\n\n");
        if (changes.isEmpty()) {
            return out.toString();
        }
        out.append("| change | type | member | before | after | wire | direction | java | schema |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Change c : changes) {
            out.append("| ").append(c.kind().word()).append(" | `").append(cell(c.type())).append("` | ")
                    .append(cell(c.member())).append(" | ").append(cell(c.before())).append(" | ").append(cell(c.after()))
                    .append(" | ").append(word(wire(c))).append(" | ").append(direction(c)).append(" | ").append(word(c.java()))
                    .append(" | ").append(cell(c.location().isEmpty() ? c.origin().toString() : c.location())).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }

    /** The changes as JSON: {@code {"summary": ..., "changes": [{"kind": ..., ...}]}}. */
    public String json() {
        StringBuilder out = new StringBuilder("{\"summary\": ").append(quote(summary())).append(", \"wireBreaking\": ")
                .append(wireBreaking()).append(", \"javaBreaking\": ").append(javaBreaking()).append(", \"changes\": [");
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            out.append(i == 0 ? "\n  " : ",\n  ").append("{\"kind\": ").append(quote(c.kind().word()))
                    .append(", \"type\": ").append(quote(c.type())).append(", \"member\": ").append(quote(c.member()))
                    .append(", \"keyword\": ").append(quote(c.keyword()))
                    .append(", \"file\": ").append(quote(c.origin().file())).append(", \"pointer\": ").append(quote(c.origin().pointer()))
                    .append(", \"location\": ").append(quote(c.location()))
                    .append(", \"before\": ").append(quote(c.before())).append(", \"after\": ").append(quote(c.after()))
                    .append(", \"send\": ").append(quote(word(c.send()))).append(", \"read\": ").append(quote(word(c.read())))
                    .append(", \"wire\": ").append(quote(word(wire(c)))).append(", \"direction\": ").append(quote(direction(c)))
                    .append(", \"java\": ").append(quote(word(c.java()))).append('}');
        }
        return out.append(changes.isEmpty() ? "]}\n" : "\n]}\n").toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(ch < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return out.append('"').toString();
    }
}
