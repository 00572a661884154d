package dev.schemapojo.core.ir;

/**
 * A fixed JSON value in the Java type of the property it belongs to: a {@code const}, a {@code default},
 * a value of a non-string {@code enum}, the value an {@code if} tests for.
 */
public sealed interface Literal {
    /** The value as Java's {@code String.valueOf} of the boxed value writes it (the enum constant's JSON string). */
    String text();

    record Str(String value) implements Literal {
        @Override
        public String text() {
            return value;
        }
    }

    /** A value of an {@code int32} property ({@code Integer}). */
    record Int(int value) implements Literal {
        @Override
        public String text() {
            return Integer.toString(value);
        }
    }

    /** A value of an {@code integer} property ({@code Long}). */
    record Long(long value) implements Literal {
        @Override
        public String text() {
            return java.lang.Long.toString(value);
        }
    }

    record Dbl(double value) implements Literal {
        @Override
        public String text() {
            return Double.toString(value);
        }
    }

    record Bool(boolean value) implements Literal {
        @Override
        public String text() {
            return Boolean.toString(value);
        }
    }

    /** A constant of the generated enum that is the property's type, by its JSON string. */
    record EnumConstant(String json) implements Literal {
        @Override
        public String text() {
            return json;
        }
    }
}
