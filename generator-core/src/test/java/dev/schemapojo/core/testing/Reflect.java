package dev.schemapojo.core.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Calls methods of classes that were generated and compiled inside a test. */
public final class Reflect {
    private Reflect() {}

    /** Calls the public method {@code name} whose parameter count matches; unwraps exceptions it throws. */
    public static Object call(Object target, String name, Object... args) {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(target instanceof Class<?> ? null : target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new AssertionError(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no public method " + name + "/" + args.length + " on " + type.getName());
    }
}
