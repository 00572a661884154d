package com.example;

import com.example.odd.Class;
import tools.jackson.databind.json.JsonMapper;

/** The generated type used as a user would: property names that are Java keywords or not identifiers. */
public class OddTest {
    @org.junit.jupiter.api.Test
    void readsAndWritesTheOriginalJsonNames() {
        JsonMapper json = JsonMapper.builder().build();
        String text = "{\"class\":\"c\",\"default\":\"d\",\"enum\":\"a-b\",\"2fa\":true,\"a-b\":1,\"a_b\":2,\"aB\":3,"
                + "\"builder\":\"b\",\"hashCode\":\"h\",\"getClass\":\"g\",\"toString\":\"t\",\"名前\":\"n\"}";
        Class odd = json.readValue(text, Class.class);
        org.junit.jupiter.api.Assertions.assertEquals(text, json.writeValueAsString(odd));
        org.junit.jupiter.api.Assertions.assertEquals("c", odd.getClass_());
        org.junit.jupiter.api.Assertions.assertEquals("n", odd.get名前());
    }
}
