package dev.schemapojo.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing, with Jackson 3, a MigrateRequest-sized type and a 20-property constrained type:
 * generated with {@code constraints=check}, generated with {@code constraints=document}, and a hand-written
 * record. The documents are valid, so every check runs and passes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadWriteBenchmark {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final byte[] migrate = ("{\"organization_id\":\"organization-test-07971b06\",\"member_id\":\"member-test-32fc5024\","
            + "\"secret\":\"JBSWY3DPEHPK3PXP\",\"recovery_codes\":[\"a1b2-c3d4\",\"e5f6-g7h8\",\"i9j0-k1l2\"]}")
            .getBytes(StandardCharsets.UTF_8);
    private final byte[] constrained = ("{\"id\":\"user-0a1b2c3d\",\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\","
            + "\"age\":36,\"score\":98.25,\"country\":\"GB\",\"city\":\"London\",\"street\":\"12 St James's Square\","
            + "\"zip\":\"12345\",\"phone\":\"+44 20 7946 0000\",\"active\":true,\"level\":7,\"balance\":1234.5,"
            + "\"tags\":[\"math\",\"engines\",\"poetry\"],\"ratings\":[5,4,5,5],\"nickname\":\"Enchantress\","
            + "\"title\":\"Countess\",\"company\":\"Analytical Engines\",\"notes\":\"First published program.\",\"visits\":42}")
            .getBytes(StandardCharsets.UTF_8);

    private Object migrateCheck;
    private Object migrateDocument;
    private Object migrateHand;
    private Object constrainedCheck;
    private Object constrainedDocument;
    private Object constrainedHand;

    @Setup
    public void read() {
        migrateCheck = readMigrateCheck();
        migrateDocument = readMigrateDocument();
        migrateHand = readMigrateHand();
        constrainedCheck = readConstrainedCheck();
        constrainedDocument = readConstrainedDocument();
        constrainedHand = readConstrainedHand();
    }

    @Benchmark
    public Object readMigrateCheck() {
        return JSON.readValue(migrate, dev.schemapojo.bench.check.stytch.api.b2b.totp.v1.MigrateRequest.class);
    }

    @Benchmark
    public Object readMigrateDocument() {
        return JSON.readValue(migrate, dev.schemapojo.bench.document.stytch.api.b2b.totp.v1.MigrateRequest.class);
    }

    @Benchmark
    public Object readMigrateHand() {
        return JSON.readValue(migrate, HandMigrateRequest.class);
    }

    @Benchmark
    public Object readConstrainedCheck() {
        return JSON.readValue(constrained, dev.schemapojo.bench.check.Constrained.class);
    }

    @Benchmark
    public Object readConstrainedDocument() {
        return JSON.readValue(constrained, dev.schemapojo.bench.document.Constrained.class);
    }

    @Benchmark
    public Object readConstrainedHand() {
        return JSON.readValue(constrained, HandConstrained.class);
    }

    @Benchmark
    public byte[] writeMigrateCheck() {
        return JSON.writeValueAsBytes(migrateCheck);
    }

    @Benchmark
    public byte[] writeMigrateDocument() {
        return JSON.writeValueAsBytes(migrateDocument);
    }

    @Benchmark
    public byte[] writeMigrateHand() {
        return JSON.writeValueAsBytes(migrateHand);
    }

    @Benchmark
    public byte[] writeConstrainedCheck() {
        return JSON.writeValueAsBytes(constrainedCheck);
    }

    @Benchmark
    public byte[] writeConstrainedDocument() {
        return JSON.writeValueAsBytes(constrainedDocument);
    }

    @Benchmark
    public byte[] writeConstrainedHand() {
        return JSON.writeValueAsBytes(constrainedHand);
    }
}
