package dev.schemapojo.sample;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemapojo.sample.stytch.api.b2b.totp.v1.MigrateRequest;

/** The generated type with Jackson 2 ({@code com.fasterxml.jackson.databind}), default settings. */
class Jackson2Test extends JacksonContract {

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    String write(MigrateRequest request) throws Exception {
        return mapper.writeValueAsString(request);
    }

    @Override
    MigrateRequest read(String json) throws Exception {
        return mapper.readValue(json, MigrateRequest.class);
    }

    @Override
    Class<? extends Exception> mappingException() {
        return JsonMappingException.class;
    }
}
