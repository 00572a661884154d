package dev.schemapojo.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.TypeNaming;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Issue 13's in-process figures (docs/benchmarks.md, "Issue 13: build speed harness"): the Stytch set through
 * {@link Generator#sources()} and {@link Generator#generate()} in a warm JVM, best and median of N; then eight
 * copies of the set (eight sub-directories, so eight sub-packages) in one run, timed, with the heap it used;
 * then the same eight copies once in a child JVM limited to {@code -Xmx500m}, to see whether it completes.
 * A plain main, not JMH: the runs take hundreds of milliseconds to seconds, and the figures wanted are
 * whole-run times and peaks.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.schemapojo.bench.GenerationSpeed [--runs 5] [--corpus DIR]</pre>
 *
 * <p>Heap is measured three ways while a run is timed: the heap in use sampled every 5 ms by a thread
 * (garbage included, so it depends on the heap's size), the sum of the heap pools' peak usage after
 * {@link MemoryPoolMXBean#resetPeakUsage()} (each pool's peak, not taken at the same instant, so at most
 * that), and the most heap in use right after any collection during the run (from the collectors'
 * notifications: an upper bound of the data the run keeps alive).
 */
public final class GenerationSpeed {
    private static final String PACKAGE = "com.example.stytch";
    private static final long MIB = 1024 * 1024;

    private GenerationSpeed() {}

    public static void main(String[] args) throws Exception {
        Arguments a = Arguments.parse(args);
        Path work = a.work != null ? Files.createDirectories(a.work) : Files.createTempDirectory("schemapojo-speed-");
        try {
            if (a.child) {
                child(a, work);
            } else {
                parent(a, work);
            }
        } finally {
            deleteRecursively(work);
        }
    }

    private static void parent(Arguments a, Path work) throws Exception {
        List<Path> files = schemaFiles(a.corpus);
        System.out.printf("generation-speed: %d schemas from %s; %s %s; max heap %d MiB; %d processors%n",
                files.size(), a.corpus, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / MIB, Runtime.getRuntime().availableProcessors());

        Options one = options(a.corpus, work.resolve("out"));
        GenerationResult check = new Generator(one).validate();
        System.out.println("generation-speed: " + check.summary());
        for (int i = 0; i < a.warmup; i++) {
            new Generator(one).sources();
        }
        List<Long> sources = new ArrayList<>();
        List<Long> generate = new ArrayList<>();
        // sources() alone first: interleaved with generate(), each run met the disk still writing back (and
        // deleting) the previous run's 8 MB of files, and its times grew from run to run
        for (int i = 0; i < a.runs; i++) {
            sources.add(timed(() -> new Generator(one).sources()));
        }
        for (int i = 0; i < a.runs; i++) {
            Path out = work.resolve("out-" + i);
            Options written = options(a.corpus, out);
            generate.add(timed(() -> requireSuccess(new Generator(written).generate())));
            deleteRecursively(out);
        }
        System.out.println("generation-speed: sources() ms: " + sources + ", generate() ms: " + generate);

        Path copies = copies(a.corpus, files, work.resolve("x" + a.copies), a.copies);
        Options many = options(copies, work.resolve("out-x" + a.copies));
        for (int i = 0; i < a.copiesWarmup; i++) {
            new Generator(many).sources();
        }
        List<Long> manyTimes = new ArrayList<>();
        Heap heap = new Heap(0, 0, 0);
        for (int i = 0; i < a.copiesRuns; i++) {
            System.gc();
            try (HeapWatch watch = new HeapWatch()) {
                long start = System.nanoTime();
                Map<String, String> out = new Generator(many).sources();
                manyTimes.add((System.nanoTime() - start) / 1_000_000);
                if (out.isEmpty()) {
                    throw new IllegalStateException("the run of " + a.copies + " copies generated nothing");
                }
                heap = heap.max(watch.stop());
            }
        }
        System.out.println("generation-speed: " + a.copies + " copies, sources() ms: " + manyTimes);

        ChildResult limited = runChild(a, work.resolve("child"));

        int schemas = files.size();
        long median1 = median(sources);
        long medianMany = median(manyTimes);
        row("3. in-process, warm: `new Generator(options).sources()`, " + schemas + " schemas (best / median of "
                + a.runs + ", after " + a.warmup + " warm-up runs)", bold(best(sources) + " ms / " + median1 + " ms"),
                "target: <= 300 ms");
        row("3. same, `generate()` into an empty directory (writes the files)",
                best(generate) + " ms / " + median(generate) + " ms", "");
        row("3. " + a.copies + " copies, " + String.format("%,d", schemas * a.copies) + " schemas in one run, `sources()` (best / median of "
                + a.copiesRuns + ")", best(manyTimes) + " ms / " + medianMany + " ms",
                bold(String.format("%.1fx", (double) medianMany / median1)) + " one set's median (target: <= " + a.copies + "x)");
        row("3. heap during the " + a.copies + "-copy run: most in use after a GC / sampled peak in use / sum of pool peaks",
                bold(heap.afterGc / MIB + " MiB") + " / " + heap.sampled / MIB + " MiB / " + heap.poolPeaks / MIB + " MiB",
                "this JVM's max heap " + Runtime.getRuntime().maxMemory() / MIB + " MiB (the peaks count garbage not yet collected)");
        row("3. the " + a.copies + " copies in a child JVM with `" + a.heapLimit + "` (one warm-up of one set, then one run)",
                bold(limited.summary()), "target: heap <= 500 MB; " + limited.detail());
    }

    /** The child: one warm-up with one set, then the copies once, in the JVM the parent limited. */
    private static void child(Arguments a, Path work) throws IOException {
        List<Path> files = schemaFiles(a.corpus);
        new Generator(options(a.corpus, work.resolve("out"))).sources();
        Path copies = copies(a.corpus, files, work.resolve("x" + a.copies), a.copies);
        Options many = options(copies, work.resolve("out-x" + a.copies));
        System.gc();
        try (HeapWatch watch = new HeapWatch()) {
            long start = System.nanoTime();
            Map<String, String> out = new Generator(many).sources();
            long millis = (System.nanoTime() - start) / 1_000_000;
            Heap heap = watch.stop();
            System.out.printf("child-result %d %d %d %d %d%n", millis, out.size(), heap.afterGc, heap.sampled,
                    Runtime.getRuntime().maxMemory());
        } catch (OutOfMemoryError | RuntimeException e) {
            // An OutOfMemoryError on the generator's own thread is printed by that thread and leaves no result.
            System.out.println("child-failed " + e);
            System.exit(3);
        }
    }

    private record ChildResult(boolean completed, String summary, String detail) {}

    private static ChildResult runChild(Arguments a, Path work) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, a.heapLimit, "-cp", System.getProperty("java.class.path"),
                GenerationSpeed.class.getName(), "--child", "--corpus", a.corpus.toString(),
                "--copies", Integer.toString(a.copies), "--work", work.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output;
        try (var lines = process.inputReader().lines()) {
            output = lines.collect(Collectors.toList());
        }
        int exit = process.waitFor();
        String last = output.stream().filter(l -> l.startsWith("child-")).reduce((x, y) -> y).orElse("");
        if (exit == 0 && last.startsWith("child-result ")) {
            String[] f = last.split(" ");
            return new ChildResult(true, "completed in " + f[1] + " ms",
                    f[2] + " files; most heap in use after a GC " + Long.parseLong(f[3]) / MIB + " MiB, sampled peak "
                            + Long.parseLong(f[4]) / MIB + " MiB, max heap " + Long.parseLong(f[5]) / MIB + " MiB");
        }
        String why = output.stream().filter(l -> l.contains("OutOfMemoryError") || l.startsWith("child-failed"))
                .findFirst().orElse(output.isEmpty() ? "no output" : output.get(output.size() - 1));
        return new ChildResult(false, "did not complete (exit " + exit + ")", why.replace('|', '/'));
    }

    private static void row(String what, String figure, String note) {
        System.out.println("| " + what + " | " + figure + " | " + note + " |");
    }

    private static String bold(String s) {
        return "**" + s + "**";
    }

    private static Options options(Path source, Path output) {
        return Options.builder().sourceDirectory(source).outputDirectory(output).packageName(PACKAGE)
                .typeNaming(TypeNaming.NAMESPACE).build();
    }

    private static GenerationResult requireSuccess(GenerationResult result) {
        if (result.failed()) {
            throw new IllegalStateException("generation failed: " + result.summary());
        }
        return result;
    }

    /** Milliseconds of one call, after a System.gc() so that the previous run's garbage is not this one's cost. */
    private static long timed(Supplier<?> run) {
        System.gc();
        long start = System.nanoTime();
        run.get();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long best(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static List<Path> schemaFiles(Path corpus) throws IOException {
        try (Stream<Path> s = Files.walk(corpus)) {
            List<Path> files = s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json")).sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no *.json under " + corpus);
            }
            return files;
        }
    }

    /** The set copied into {@code copies} sub-directories of {@code target}. */
    private static Path copies(Path corpus, List<Path> files, Path target, int copies) throws IOException {
        for (int c = 0; c < copies; c++) {
            Path dir = target.resolve("copy" + c);
            for (Path f : files) {
                Path to = dir.resolve(corpus.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        return target;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private record Heap(long afterGc, long sampled, long poolPeaks) {
        Heap max(Heap o) {
            return new Heap(Math.max(afterGc, o.afterGc), Math.max(sampled, o.sampled), Math.max(poolPeaks, o.poolPeaks));
        }
    }

    /** Watches the heap from its construction to {@link #stop()}; see the class comment for the three figures. */
    private static final class HeapWatch implements AutoCloseable, NotificationListener {
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        private final Set<String> poolNames = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        private final AtomicLong afterGc = new AtomicLong();
        private final AtomicLong sampled = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;
        private Heap result;

        HeapWatch() {
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            ManagementFactory.getGarbageCollectorMXBeans()
                    .forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(this, null, null));
            var memory = ManagementFactory.getMemoryMXBean();
            sampler = new Thread(() -> {
                while (running) {
                    sampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        @Override
        public void handleNotification(Notification n, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
            afterGc.accumulateAndGet(heapSum(info.getMemoryUsageAfterGc()), Math::max);
            // The heap just before a collection is in use too, and may fall between two samples.
            sampled.accumulateAndGet(heapSum(info.getMemoryUsageBeforeGc()), Math::max);
        }

        private long heapSum(Map<String, MemoryUsage> usage) {
            return usage.entrySet().stream().filter(e -> poolNames.contains(e.getKey()))
                    .mapToLong(e -> e.getValue().getUsed()).sum();
        }

        Heap stop() {
            if (result == null) {
                sampled.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                running = false;
                sampler.interrupt();
                try {
                    sampler.join();
                    Thread.sleep(100); // collection notifications arrive on another thread
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                long poolPeaks = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                result = new Heap(afterGc.get(), sampled.get(), poolPeaks);
            }
            return result;
        }

        @Override
        public void close() {
            stop();
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                try {
                    ((NotificationEmitter) gc).removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException e) {
                    // not registered on this one
                }
            }
        }
    }

    private static final class Arguments {
        Path corpus;
        Path work;
        int runs = 5;
        /** Measured: the set's time still falls until about the tenth run (951 ms, ... 474, 417, 403, 487, 368). */
        int warmup = 15;
        int copies = 8;
        int copiesRuns = -1;
        int copiesWarmup = 1;
        String heapLimit = "-Xmx500m";
        boolean child;

        static Arguments parse(String[] args) {
            Arguments a = new Arguments();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--corpus" -> a.corpus = Path.of(value(args, ++i, arg));
                    case "--work" -> a.work = Path.of(value(args, ++i, arg));
                    case "--runs" -> a.runs = positive(value(args, ++i, arg), arg);
                    case "--warmup" -> a.warmup = Integer.parseInt(value(args, ++i, arg));
                    case "--copies" -> a.copies = positive(value(args, ++i, arg), arg);
                    case "--copies-runs" -> a.copiesRuns = positive(value(args, ++i, arg), arg);
                    case "--copies-warmup" -> a.copiesWarmup = Integer.parseInt(value(args, ++i, arg));
                    case "--heap-limit" -> a.heapLimit = value(args, ++i, arg);
                    case "--child" -> a.child = true;
                    default -> throw new IllegalArgumentException("unknown argument " + arg + "; see the class comment of "
                            + GenerationSpeed.class.getName());
                }
            }
            if (a.copiesRuns < 0) {
                a.copiesRuns = Math.min(a.runs, 3);
            }
            if (a.corpus == null) {
                a.corpus = defaultCorpus();
            }
            a.corpus = a.corpus.toAbsolutePath().normalize();
            if (!Files.isDirectory(a.corpus)) {
                throw new IllegalArgumentException("no corpus directory " + a.corpus + "; pass --corpus DIR");
            }
            return a;
        }

        /** ../shared/corpus/stytch-json-schema beside the repository this class was built in, else beside the working directory. */
        private static Path defaultCorpus() {
            Path relative = Path.of("..", "shared", "corpus", "stytch-json-schema");
            try {
                Path here = Path.of(GenerationSpeed.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                for (Path dir = here; dir != null; dir = dir.getParent()) {
                    if (Files.isDirectory(dir.resolve("benchmarks")) && Files.isDirectory(dir.resolve("generator-core"))) {
                        return dir.resolve(relative);
                    }
                }
            } catch (URISyntaxException | SecurityException e) {
                // fall through to the working directory
            }
            return relative;
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }

        private static int positive(String value, String name) {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw new IllegalArgumentException(name + " must be 1 or more");
            }
            return n;
        }
    }
}
