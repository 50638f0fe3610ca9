package io.plantwatch.console.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.plantwatch.console.merge.AlertSource;
import io.plantwatch.console.merge.Conflict;
import io.plantwatch.console.merge.ConnectionSource;
import io.plantwatch.console.merge.DeviceSource;
import io.plantwatch.console.merge.ProtocolUse;

import java.util.Collection;
import java.util.List;

/**
 * The JSON kept in the store's provenance columns ({@code sources}, {@code conflicts},
 * {@code protocols}) and the comma lists of addresses and sensor ids. Thread-safe (Jackson's
 * readers and writers are immutable).
 */
final class ItemJson {
    private final ObjectWriter writer;
    private final ObjectReader deviceSources;
    private final ObjectReader connectionSources;
    private final ObjectReader alertSources;
    private final ObjectReader conflicts;
    private final ObjectReader protocols;

    ItemJson() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        writer = mapper.writer();
        deviceSources = mapper.readerFor(new TypeReference<List<DeviceSource>>() { });
        connectionSources = mapper.readerFor(new TypeReference<List<ConnectionSource>>() { });
        alertSources = mapper.readerFor(new TypeReference<List<AlertSource>>() { });
        conflicts = mapper.readerFor(new TypeReference<List<Conflict>>() { });
        protocols = mapper.readerFor(new TypeReference<List<ProtocolUse>>() { });
    }

    /** UTF-8 JSON: stored as VARBINARY, which H2 copies as bytes (a VARCHAR is written char by char). */
    byte[] write(Object value) {
        try {
            return writer.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    List<DeviceSource> deviceSources(byte[] json) {
        return read(deviceSources, json);
    }

    List<ConnectionSource> connectionSources(byte[] json) {
        return read(connectionSources, json);
    }

    List<AlertSource> alertSources(byte[] json) {
        return read(alertSources, json);
    }

    List<Conflict> conflicts(byte[] json) {
        return json == null ? List.of() : read(conflicts, json);
    }

    List<ProtocolUse> protocols(String json) {
        return json == null ? List.of() : read(protocols, json);
    }

    private static <T> List<T> read(ObjectReader reader, String json) {
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("damaged provenance in the store: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> List<T> read(ObjectReader reader, byte[] json) {
        try {
            return reader.readValue(json);
        } catch (java.io.IOException e) {
            throw new StoreException("damaged provenance in the store: " + e.getMessage(), e);
        }
    }

    /** {@code a,b,c}; null for an empty list. */
    static String commaList(Collection<?> values) {
        if (values.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Object value : values) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(value);
        }
        return text.toString();
    }

    /** {@code ,1,3,} so that {@code LIKE '%,3,%'} finds sensor 3 without false hits. */
    static String idList(Collection<Long> ids) {
        StringBuilder text = new StringBuilder(",");
        for (Long id : ids) {
            text.append(id).append(',');
        }
        return text.toString();
    }

    static List<String> parseCommaList(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split(","));
    }
}
