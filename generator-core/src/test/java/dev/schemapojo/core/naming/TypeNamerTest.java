package dev.schemapojo.core.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.TypeNaming;
import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where top-level types land, by naming rule and sub-directory. */
class TypeNamerTest {
    @TempDir
    Path dir;

    java.util.Set<String> files(TypeNaming naming, Pattern pattern) {
        return new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).typeNaming(naming)
                .titlePattern(pattern).build()).sources().keySet();
    }

    @Test
    void namingRules() {
        Schemas.write(dir.resolve("s"), "a.json", "{\"title\": \"api_b2b_totp_v1_MigrateRequest\", \"properties\": {\"x\": {}}}");
        Schemas.write(dir.resolve("s"), "sub-dir/b.json", "{\"title\": \"Stytch B2B Member\", \"properties\": {\"x\": {}}}");
        Schemas.write(dir.resolve("s"), "c.json", "{\"properties\": {\"x\": {}}}");
        assertThat(files(TypeNaming.TITLE, null)).containsExactlyInAnyOrder(
                "com/example/ApiB2bTotpV1MigrateRequest.java", "com/example/sub_dir/StytchB2BMember.java",
                "com/example/C.java");
        assertThat(files(TypeNaming.NAMESPACE, null)).containsExactlyInAnyOrder(
                "com/example/api/b2b/totp/v1/MigrateRequest.java", "com/example/sub_dir/StytchB2BMember.java",
                "com/example/C.java");
        assertThat(files(TypeNaming.TITLE, Pattern.compile("api_(?<package>[a-z0-9]+)_.*_(?<name>\\w+)"))).containsExactlyInAnyOrder(
                "com/example/b2b/MigrateRequest.java", "com/example/sub_dir/StytchB2BMember.java", "com/example/C.java");
    }
}
