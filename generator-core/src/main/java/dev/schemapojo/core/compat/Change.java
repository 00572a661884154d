package dev.schemapojo.core.compat;

import dev.schemapojo.core.compat.ChangeKind.JavaVerdict;
import dev.schemapojo.core.compat.ChangeKind.Verdict;
import dev.schemapojo.core.ir.Origin;
import java.util.Locale;

/**
 * One difference between the baseline and the current schema set, at the schema it concerns.
 *
 * @param kind what changed
 * @param type the Java type it concerns, as the current set names it (the baseline's for a removed type)
 * @param origin the schema: file and JSON pointer (the baseline's for something removed)
 * @param member the JSON property or enum value it concerns, or empty for the type itself
 * @param keyword the keyword of the member's (or type's) schema that changed ({@code minimum}, {@code format},
 *     {@code default}), or empty where the change is of the member or type as a whole
 * @param before the old value ({@code Integer}, {@code required}, ...), or empty
 * @param after the new value, or empty
 * @param send the verdict for data we send; the kind's, unless the types around it decide otherwise (a
 *     property removed from a closed type refuses old data that holds it)
 * @param read the verdict for data we read, likewise
 * @param java the verdict for the generated API in the style it was generated in (a record's added
 *     property changes its canonical constructor, which class style keeps behind a builder)
 * @param location where it is, {@code file:line:col} as diagnostics show it, or empty where not known
 */
public record Change(ChangeKind kind, String type, Origin origin, String member, String keyword, String before, String after,
        Verdict send, Verdict read, JavaVerdict java, String location) {
    /** A change with its kind's verdicts. */
    static Change of(ChangeKind kind, String type, Origin origin, String member, String before, String after) {
        return of(kind, type, origin, member, "", before, after);
    }

    /** A change of one keyword, with its kind's verdicts. */
    static Change of(ChangeKind kind, String type, Origin origin, String member, String keyword, String before, String after) {
        return new Change(kind, type, origin, member, keyword, before, after, kind.send(), kind.read(), kind.java(), "");
    }

    Change withSend(Verdict value) {
        return new Change(kind, type, origin, member, keyword, before, after, value, read, java, location);
    }

    Change withRead(Verdict value) {
        return new Change(kind, type, origin, member, keyword, before, after, send, value, java, location);
    }

    Change withJava(JavaVerdict value) {
        return new Change(kind, type, origin, member, keyword, before, after, send, read, value, location);
    }

    /**
     * The same change of a schema below the member's ({@code items}): its keyword is a path from the member's
     * schema ({@code items/maxLength}) and its values say so ({@code items/maxLength: 5}).
     */
    Change under(String keywordPath) {
        return new Change(kind, type, origin, member, keywordPath + "/" + keyword, before.isEmpty() ? "" : keywordPath + "/" + before,
                after.isEmpty() ? "" : keywordPath + "/" + after, send, read, java, location);
    }

    /** The same change, placed: {@code file:line:col} as diagnostics show it. */
    public Change at(String value) {
        return new Change(kind, type, origin, member, keyword, before, after, send, read, java, value);
    }

    /** Whether the change is of something the current set no longer has, so that its place is in the baseline. */
    public boolean removal() {
        return kind == ChangeKind.TYPE_REMOVED || kind == ChangeKind.PROPERTY_REMOVED
                || kind == ChangeKind.REQUIRED_PROPERTY_REMOVED;
    }

    /** {@code property-added Order.total (a.json#/properties/total): - -> Long [send compatible, ...]}. */
    @Override
    public String toString() {
        return kind.word() + " " + type + (member.isEmpty() ? "" : "." + member) + " (" + origin + ")"
                + (before.isEmpty() && after.isEmpty() ? "" : ": " + (before.isEmpty() ? "-" : before) + " -> "
                + (after.isEmpty() ? "-" : after)) + " [send " + send.name().toLowerCase(Locale.ROOT) + ", read "
                + read.name().toLowerCase(Locale.ROOT) + ", java " + java.name().toLowerCase(Locale.ROOT).replace('_', '-') + "]";
    }
}
