package dev.schemapojo.core.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one function over the items of a list on all cores and returns the results in the list's order, so
 * that the output does not depend on which thread finished first. The calling thread works too; the others
 * are new threads with the same large stack as the generator's own thread (emission recurses once per
 * nesting level of a type), which end with the call. Used for the stages whose work is per item and
 * independent: emitting and rendering each type.
 */
public final class Workers {
    /** Below this many items one thread does it all: starting threads would cost more than they save. */
    static final int MIN_ITEMS_PER_THREAD = 8;

    private final int threads;
    private final long stackBytes;

    /**
     * @param threads at most this many threads, the calling one included ({@code 1}: everything on the caller)
     * @param stackBytes the stack of each new thread
     */
    public Workers(int threads, long stackBytes) {
        this.threads = Math.max(1, threads);
        this.stackBytes = stackBytes;
    }

    /** As many threads as the machine has cores. */
    public static Workers perCore(long stackBytes) {
        return new Workers(Runtime.getRuntime().availableProcessors(), stackBytes);
    }

    /**
     * {@code function} applied to each item, in the items' order. When it throws for some items, the
     * exception of the first such item (in list order) is thrown, after every thread has stopped.
     */
    public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        int count = Math.min(threads, Math.max(1, items.size() / MIN_ITEMS_PER_THREAD));
        Object[] results = new Object[items.size()];
        Throwable[] failures = new Throwable[items.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                try {
                    results[i] = function.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failures[i] = e;
                    next.set(items.size()); // the others stop at their next item
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < count; t++) {
            Thread helper = new Thread(null, work, "schemapojo-worker-" + t, stackBytes);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        work.run();
        helpers.forEach(Workers::join); // the helpers stop soon by themselves; their results are needed
        for (Throwable failure : failures) {
            if (failure instanceof RuntimeException) {
                throw (RuntimeException) failure;
            } else if (failure instanceof Error) {
                throw (Error) failure;
            }
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }

    /**
     * Waits for {@code thread} to end, also when interrupted meanwhile (the interrupt is kept for the caller):
     * for threads that end by themselves soon and whose results the caller needs.
     */
    public static void join(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
