package dev.schemapojo.core.ir;

import java.util.List;

/**
 * An {@code if}/{@code then}/{@code else} whose {@code if} tests properties for fixed values (the way
 * schemas select between object shapes, e.g. {@code "if": {"properties": {"kind": {"const": "card"}}}}):
 * when every test holds, the {@code then} branch's required names must be present, otherwise the
 * {@code else} branch's. The properties the branches define are properties of the type.
 *
 * @param condition the test as the error message shows it, e.g. {@code kind = "card"}
 * @param tests the tests, all of which must hold
 * @param thenRequired JSON names required when the tests hold
 * @param elseRequired JSON names required when they do not
 */
public record Conditional(String condition, List<Test> tests, List<String> thenRequired, List<String> elseRequired) {
    public Conditional {
        tests = List.copyOf(tests);
        thenRequired = List.copyOf(thenRequired);
        elseRequired = List.copyOf(elseRequired);
    }

    /**
     * One test of the {@code if}, on a property of the type.
     *
     * @param jsonName the property
     * @param value the value it must equal, or null when the test
     *     only asks for presence
     * @param mustBePresent the {@code if} lists the property in {@code required}; otherwise an absent property
     *     passes the test, as in JSON Schema
     */
    public record Test(String jsonName, Literal value, boolean mustBePresent) {}
}
