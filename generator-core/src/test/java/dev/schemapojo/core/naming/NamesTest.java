package dev.schemapojo.core.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void upperCamelFromTitles() {
        assertThat(Names.upperCamel("api_b2b_totp_v1_MigrateRequest")).isEqualTo("ApiB2bTotpV1MigrateRequest");
        assertThat(Names.upperCamel("Stytch B2B Member")).isEqualTo("StytchB2BMember");
        assertThat(Names.upperCamel("HTTPServer config (v2)")).isEqualTo("HTTPServerConfigV2");
        assertThat(Names.upperCamel("2fa")).isEqualTo("_2fa");
        assertThat(Names.upperCamel("")).isEqualTo("Type");
    }

    @Test
    void lowerCamelFromPropertyNames() {
        assertThat(Names.lowerCamel("organization_id")).isEqualTo("organizationId");
        assertThat(Names.lowerCamel("URL")).isEqualTo("url");
        assertThat(Names.lowerCamel("a-b.c d")).isEqualTo("aBCD");
        assertThat(Names.lowerCamel("class")).isEqualTo("class_");
        assertThat(Names.lowerCamel("_")).isEqualTo("value");
        assertThat(Names.lowerCamel("名前")).isEqualTo("名前");
        assertThat(Names.lowerCamel("\uD83D\uDE00")).isEqualTo("value");
    }

    @Test
    void constantsAndPackages() {
        assertThat(Names.constantCase("in-progress")).isEqualTo("IN_PROGRESS");
        assertThat(Names.constantCase("")).isEqualTo("VALUE");
        assertThat(Names.packageSegment("B2B")).isEqualTo("b2b");
        assertThat(Names.packageSegment("int")).isEqualTo("int_");
        assertThat(Names.packageSegment("my-dir")).isEqualTo("my_dir");
    }

    @Test
    void resultsDoNotDependOnTheDefaultLocale() {
        java.util.Locale previous = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertThat(Names.constantCase("id")).isEqualTo("ID");
            assertThat(Names.lowerCamel("ID")).isEqualTo("id");
        } finally {
            java.util.Locale.setDefault(previous);
        }
    }
}
