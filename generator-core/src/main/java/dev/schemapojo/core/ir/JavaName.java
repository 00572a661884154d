package dev.schemapojo.core.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated type's name: its package and the chain of simple names from the top-level class down
 * to it ({@code [MigrateResponse, Member]} for a nested type).
 */
public record JavaName(String packageName, List<String> simpleNames) {
    public JavaName {
        simpleNames = List.copyOf(simpleNames);
        if (simpleNames.isEmpty()) {
            throw new IllegalArgumentException("a type needs a simple name");
        }
    }

    public String simpleName() {
        return simpleNames.get(simpleNames.size() - 1);
    }

    public JavaName nested(String simpleName) {
        List<String> names = new ArrayList<>(simpleNames);
        names.add(simpleName);
        return new JavaName(packageName, names);
    }

    /** {@code com.example.Outer.Inner}. */
    public String canonicalName() {
        return (packageName.isEmpty() ? "" : packageName + ".") + String.join(".", simpleNames);
    }

    /** The source file of the top-level type, e.g. {@code com/example/Outer.java}. */
    public String sourcePath() {
        return (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + simpleNames.get(0) + ".java";
    }

    @Override
    public String toString() {
        return canonicalName();
    }
}
