package io.plantwatch.sensor.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.plantwatch.sensor.Json;
import io.plantwatch.sensor.store.StoreReader;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /api/plantwatch/v1/changes?since=CURSOR&limit=N}: rows of every table whose cursor is
 * above {@code since}, oldest first, at most {@code limit}, as a {@code ChangesPage}. Each row
 * carries only its latest cursor, so paging on with {@code next} yields every change once.
 * Thread-safe.
 */
final class ChangeFeed {
    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;

    private record Change(long seq, String kind, String body, long removedId) {
    }

    private final StoreReader reader;
    private final Json json;

    ChangeFeed(StoreReader reader, Json json) {
        this.reader = reader;
        this.json = json;
    }

    ApiResponse page(ApiRequest r) throws Exception {
        String sinceText = r.query("since");
        long since = 0;
        if (sinceText != null && !sinceText.isBlank()) {
            Long parsed = r.longParameter("since");
            if (parsed < 0) {
                throw new ApiException(400, "since must be a cursor from an earlier page or status");
            }
            since = parsed;
        }
        Integer limitParameter = r.intParameter("limit", 1, MAX_LIMIT);
        int limit = limitParameter == null ? DEFAULT_LIMIT : limitParameter;
        List<Change> all = new ArrayList<>();
        reader.changes("device", "removed", since, limit + 1)
                .forEach(e -> all.add(new Change(e.getKey(), "devices", e.getValue(), -1)));
        reader.removedDevices(since, limit + 1)
                .forEach(e -> all.add(new Change(e.getKey(), "removedDevices", null, e.getValue())));
        all.removeIf(c -> c.kind().equals("devices") && c.body().isEmpty());
        for (String table : List.of("connection", "alert", "event")) {
            String kind = table + "s";
            reader.changes(table, null, since, limit + 1).forEach(e -> all.add(new Change(e.getKey(), kind, e.getValue(), -1)));
        }
        all.sort(Comparator.comparingLong(Change::seq));
        boolean more = all.size() > limit;
        List<Change> page = more ? all.subList(0, limit) : all;
        long next = page.isEmpty() ? since : page.get(page.size() - 1).seq();
        return ApiResponse.json(200, write(since, next, more, page));
    }

    private String write(long since, long next, boolean more, List<Change> page) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.mapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("since", Long.toString(since));
            g.writeStringField("next", Long.toString(next));
            g.writeBooleanField("more", more);
            for (String kind : List.of("devices", "connections", "alerts", "events")) {
                g.writeArrayFieldStart(kind);
                for (Change c : page) {
                    if (c.kind().equals(kind)) {
                        g.writeRawValue(c.body());
                    }
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("removedDevices");
            for (Change c : page) {
                if (c.kind().equals("removedDevices")) {
                    g.writeNumber(c.removedId());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString();
    }
}
