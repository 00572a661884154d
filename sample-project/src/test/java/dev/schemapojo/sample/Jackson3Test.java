package dev.schemapojo.sample;

import dev.schemapojo.sample.stytch.api.b2b.totp.v1.MigrateRequest;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated type with Jackson 3 ({@code tools.jackson.databind}), default settings. Jackson 3
 * changed several defaults; the type must not depend on them.
 */
class Jackson3Test extends JacksonContract {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Override
    String write(MigrateRequest request) {
        return mapper.writeValueAsString(request);
    }

    @Override
    MigrateRequest read(String json) {
        return mapper.readValue(json, MigrateRequest.class);
    }

    @Override
    Class<? extends Exception> mappingException() {
        return DatabindException.class;
    }
}
