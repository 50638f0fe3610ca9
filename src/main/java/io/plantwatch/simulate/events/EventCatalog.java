package io.plantwatch.simulate.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When each event happens (fraction of the capture), what it is, and its ATT&CK for ICS techniques,
 * loaded once from {@code events.json}. Immutable, thread-safe.
 */
public final class EventCatalog {
    /** One event's definition. */
    public record Definition(String type, double at, List<String> techniques, String description) {
    }

    private record File(List<Definition> events) {
    }

    private final Map<EventType, Definition> definitions;

    private EventCatalog(Map<EventType, Definition> definitions) {
        this.definitions = definitions;
    }

    public static EventCatalog standard() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = EventCatalog.class.getResourceAsStream("/io/plantwatch/simulate/events.json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource events.json");
            }
            Map<EventType, Definition> byType = new EnumMap<>(EventType.class);
            for (Definition d : json.readValue(in, File.class).events()) {
                byType.put(EventType.parse(d.type()), d);
            }
            if (byType.size() != EventType.values().length) {
                throw new IllegalStateException("events.json must define every event type");
            }
            return new EventCatalog(byType);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read events.json", e);
        }
    }

    public Definition definition(EventType type) {
        return definitions.get(type);
    }
}
