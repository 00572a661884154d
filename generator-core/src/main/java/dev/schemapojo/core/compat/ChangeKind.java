package dev.schemapojo.core.compat;

import java.util.Locale;

/**
 * What changed between two versions of a schema set, with the verdict of each change for data we send
 * (the receiver validates our old-shaped data against the new schema: breaking when the new schema refuses
 * data the old one allowed) and for data we read (our old types read data shaped by the new schema: breaking
 * when they cannot), and for the generated Java API. {@code docs/decisions.md} has the table and the reasons.
 */
public enum ChangeKind {
    TYPE_ADDED(Verdict.COMPATIBLE, Verdict.COMPATIBLE, JavaVerdict.SOURCE_COMPATIBLE),
    TYPE_REMOVED(Verdict.BREAKING, Verdict.BREAKING, JavaVerdict.SOURCE_BREAKING),
    /** Same schema (file and pointer), another Java name: a changed {@code title}. Invisible on the wire. */
    TYPE_RENAMED(Verdict.COMPATIBLE, Verdict.COMPATIBLE, JavaVerdict.SOURCE_BREAKING),
    /** An optional property more: old data lacks it (fine), old types ignore it when they read. */
    PROPERTY_ADDED(Verdict.COMPATIBLE, Verdict.COMPATIBLE, JavaVerdict.SOURCE_COMPATIBLE),
    /** A required property more: old data lacks it, so the receiver refuses it; old types ignore it. */
    REQUIRED_PROPERTY_ADDED(Verdict.BREAKING, Verdict.COMPATIBLE, JavaVerdict.SOURCE_COMPATIBLE),
    /** An optional property less: old data may hold it (fine where unknown members are allowed). */
    PROPERTY_REMOVED(Verdict.COMPATIBLE, Verdict.COMPATIBLE, JavaVerdict.SOURCE_BREAKING),
    /** A required property less: new data lacks what old types require. */
    REQUIRED_PROPERTY_REMOVED(Verdict.COMPATIBLE, Verdict.BREAKING, JavaVerdict.SOURCE_BREAKING),
    MADE_REQUIRED(Verdict.BREAKING, Verdict.COMPATIBLE, JavaVerdict.NONE),
    MADE_OPTIONAL(Verdict.COMPATIBLE, Verdict.BREAKING, JavaVerdict.NONE),
    /** Another JSON type (string to integer, object to array): neither side reads the other's values. */
    TYPE_CHANGED(Verdict.BREAKING, Verdict.BREAKING, JavaVerdict.SOURCE_BREAKING),
    /** Values of the old type are values of the new one (integer to number, a type to any JSON). */
    TYPE_WIDENED(Verdict.COMPATIBLE, Verdict.BREAKING, JavaVerdict.SOURCE_BREAKING),
    /** The reverse: some old values are no longer allowed. */
    TYPE_NARROWED(Verdict.BREAKING, Verdict.COMPATIBLE, JavaVerdict.SOURCE_BREAKING),
    /** The same JSON type held as another Java type ({@code int32} to {@code int64}: Integer to Long). */
    JAVA_TYPE_CHANGED(Verdict.COMPATIBLE, Verdict.COMPATIBLE, JavaVerdict.SOURCE_BREAKING),
    /** Old types reject the new value (unknownEnumValues=fail); exhaustive switches over the enum break. */
    ENUM_VALUE_ADDED(Verdict.COMPATIBLE, Verdict.BREAKING, JavaVerdict.SOURCE_BREAKING),
    ENUM_VALUE_REMOVED(Verdict.BREAKING, Verdict.COMPATIBLE, JavaVerdict.SOURCE_BREAKING),
    /** Another fixed value: neither side's values are the other's. A {@code const} added narrows, one removed widens. */
    CONST_CHANGED(Verdict.BREAKING, Verdict.BREAKING, JavaVerdict.NONE),
    /**
     * {@code default} added, removed or changed: an annotation, so no data is refused either way; old types (and
     * their builders) fill the old default in for an absent member, which {@code any-change} catches.
     */
    DEFAULT_CHANGED(Verdict.COMPATIBLE, Verdict.COMPATIBLE, JavaVerdict.NONE),
    /**
     * {@code format} added, removed or changed: an annotation unless formats are asserted ({@code formats=assert},
     * where it is a constraint); its Java verdict is that of the Java type it selects ({@code int32} to
     * {@code int64}: Integer to Long, source-breaking; {@code email} to none: String either way, none).
     */
    FORMAT_CHANGED(Verdict.COMPATIBLE, Verdict.COMPATIBLE, JavaVerdict.NONE),
    /**
     * A validation keyword allows fewer values ({@code maxLength} lowered or added, {@code minimum} raised,
     * {@code pattern} or {@code uniqueItems} added, an {@code enum} of numbers added): the receiver refuses
     * some old data; new data is all old-valid.
     */
    CONSTRAINT_TIGHTENED(Verdict.BREAKING, Verdict.COMPATIBLE, JavaVerdict.NONE),
    /** The reverse: new data may break a limit old types (and the code around them) rely on. */
    CONSTRAINT_LOOSENED(Verdict.COMPATIBLE, Verdict.BREAKING, JavaVerdict.NONE),
    /** A keyword allows other values, neither set holding the other (another {@code pattern}, a {@code multipleOf} of another step). */
    CONSTRAINT_CHANGED(Verdict.BREAKING, Verdict.BREAKING, JavaVerdict.NONE),
    /** {@code additionalProperties: false} (or unknownProperties=fail) now: old data with other members is refused. */
    CLOSED(Verdict.BREAKING, Verdict.COMPATIBLE, JavaVerdict.NONE),
    OPENED(Verdict.COMPATIBLE, Verdict.BREAKING, JavaVerdict.NONE),
    UNION_VARIANT_ADDED(Verdict.COMPATIBLE, Verdict.BREAKING, JavaVerdict.SOURCE_BREAKING),
    UNION_VARIANT_REMOVED(Verdict.BREAKING, Verdict.COMPATIBLE, JavaVerdict.SOURCE_BREAKING),
    /** Invisible on the wire; a record's components, and so its canonical constructor, change order. */
    PROPERTIES_REORDERED(Verdict.COMPATIBLE, Verdict.COMPATIBLE, JavaVerdict.SOURCE_BREAKING);

    /** What a change does on the wire, for one direction. */
    public enum Verdict { COMPATIBLE, BREAKING }

    /** What a change does to code compiled against the generated types. */
    public enum JavaVerdict { NONE, SOURCE_COMPATIBLE, SOURCE_BREAKING }

    private final Verdict send;
    private final Verdict read;
    private final JavaVerdict java;

    ChangeKind(Verdict send, Verdict read, JavaVerdict java) {
        this.send = send;
        this.read = read;
        this.java = java;
    }

    /** For data we send (request types): does the receiver, on the new schema, still take what we send? */
    public Verdict send() {
        return send;
    }

    /** For data we read (response types): do our types, generated from the old schema, read new data? */
    public Verdict read() {
        return read;
    }

    /** For the generated API, in class style; {@link Change#java()} has the verdict for the style in use. */
    public JavaVerdict java() {
        return java;
    }

    /** {@code property-added}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
