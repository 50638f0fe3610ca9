package io.plantwatch.sensor.api;

import io.plantwatch.detect.Rules;
import io.plantwatch.model.ApiAlertAction;
import io.plantwatch.sensor.Json;
import io.plantwatch.sensor.merge.SensorWriter;
import io.plantwatch.sensor.store.StoreReader;
import io.plantwatch.sensor.store.WriterCommand;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Defender's alert endpoints: list ({@code state}, {@code fromTime}, {@code toTime}, {@code type}),
 * {@code PUT} handle / handleAndLearn / mute, events ({@code minutesTimeFrame}, {@code type}),
 * and alert PCAPs (not kept: Defender's "not available" error).
 */
final class AlertRoutes {
    static final long MAX_ACTION_BODY = 64 * 1024;
    private static final int MAX_EVENTS = 100;
    private static final int MAX_MINUTES = 4320;

    private final StoreReader reader;
    private final SensorWriter writer;
    private final SensorClock clock;
    private final Json json;

    AlertRoutes(StoreReader reader, SensorWriter writer, SensorClock clock, Json json) {
        this.reader = reader;
        this.writer = writer;
        this.clock = clock;
        this.json = json;
    }

    void register(Router router) {
        router.get("/api/v1/alerts", this::alerts)
                .add(new Route("PUT", "/api/v1/alerts/{uuid}", MAX_ACTION_BODY, this::act))
                .get("/api/v1/events", this::events)
                .get("/api/v2/alerts/pcap/{id}", r -> ApiResponse.json(404,
                        "{\"error\":\"PCAP file is not available\"}"));
    }

    private ApiResponse alerts(ApiRequest r) throws Exception {
        StringBuilder sql = new StringBuilder("SELECT body FROM alert WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        String state = r.query("state");
        if (state != null && !state.isEmpty()) {
            if (state.equalsIgnoreCase("handled")) {
                sql.append(" AND status <> 'NEW'");
            } else if (state.equalsIgnoreCase("unhandled")) {
                sql.append(" AND status = 'NEW'");
            } else {
                throw new ApiException(400, "state must be handled or unhandled");
            }
        }
        Long from = r.longParameter("fromTime");
        Long to = r.longParameter("toTime");
        if (from != null) {
            sql.append(" AND occurred >= ?");
            parameters.add(from);
        }
        if (to != null) {
            sql.append(" AND occurred <= ?");
            parameters.add(to);
        }
        String type = r.query("type");
        if ("unexpected new devices".equalsIgnoreCase(type)) {
            sql.append(" AND rule = ?");
            parameters.add(Rules.NEW_DEVICE);
        } else if ("disconnections".equalsIgnoreCase(type)) {
            return ApiResponse.array(List.of()); // no disconnection detection yet
        } // Defender ignores any other type
        return ApiResponse.array(reader.bodies(new StoreReader.Query(sql.append(" ORDER BY occurred, id").toString(),
                parameters)));
    }

    private ApiResponse act(ApiRequest r) throws Exception {
        ApiAlertAction action;
        try {
            action = json.read(new String(r.body(), StandardCharsets.UTF_8), ApiAlertAction.class);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "body must be JSON like {\"action\":\"handle\"}");
        }
        if (action == null || action.action() == null) {
            throw new ApiException(400, "body must be JSON like {\"action\":\"handle\"}");
        }
        CompletableFuture<WriterCommand.ActionReply> reply = new CompletableFuture<>();
        writer.submit(new WriterCommand.AlertAction(r.path("uuid"), action.action(), reply));
        WriterCommand.ActionReply done = await(reply);
        String key = done.ok() ? "content" : "error";
        return ApiResponse.json(done.status(), json.write(Map.of(key, done.message())));
    }

    static WriterCommand.ActionReply await(CompletableFuture<WriterCommand.ActionReply> reply) throws Exception {
        try {
            return reply.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new ApiException(503, "the store is busy; try again");
        }
    }

    private ApiResponse events(ApiRequest r) throws Exception {
        Long minutes = r.longParameter("minutesTimeFrame");
        if (minutes != null && minutes < 0) {
            throw new ApiException(400, "minutesTimeFrame must not be negative");
        }
        long frame = minutes == null ? MAX_MINUTES : Math.min(minutes, MAX_MINUTES); // Defender clamps silently
        StringBuilder sql = new StringBuilder("SELECT body FROM event WHERE occurred >= ?");
        List<Object> parameters = new ArrayList<>(List.of(clock.nowMillis() - frame * 60_000L));
        String type = r.query("type");
        if (type != null && !type.isEmpty()) {
            sql.append(" AND type = ?");
            parameters.add(type);
        }
        sql.append(" ORDER BY occurred DESC, id DESC LIMIT ").append(MAX_EVENTS);
        return ApiResponse.array(reader.bodies(new StoreReader.Query(sql.toString(), parameters)));
    }
}
