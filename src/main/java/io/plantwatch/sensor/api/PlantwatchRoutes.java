package io.plantwatch.sensor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantwatch.detect.Baseline;
import io.plantwatch.detect.EventTypes;
import io.plantwatch.model.SensorStatus;
import io.plantwatch.sensor.Json;
import io.plantwatch.sensor.merge.SensorWriter;
import io.plantwatch.sensor.pipeline.CaptureStatus;
import io.plantwatch.sensor.store.StoreReader;
import io.plantwatch.sensor.store.WriterCommand;
import io.plantwatch.sensor.ti.TiPackageStore;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Plantwatch's own endpoints under {@code /api/plantwatch/v1/}: status, changes, ti, learning. */
final class PlantwatchRoutes {
    static final long MAX_TI_BODY = 64L * 1024 * 1024;
    private static final String BASE = "/api/plantwatch/v1/";

    /** What status reports that the routes cannot see themselves. */
    record Identity(String name, String version, long startedMillis) {
    }

    private final Identity identity;
    private final StoreReader reader;
    private final SensorWriter writer;
    private final CaptureStatus capture;
    private final Baseline baseline;
    private final TiPackageStore ti;
    private final ChangeFeed changes;
    private final Json json;

    PlantwatchRoutes(Identity identity, StoreReader reader, SensorWriter writer, CaptureStatus capture,
                     Baseline baseline, TiPackageStore ti, Json json) {
        this.identity = identity;
        this.reader = reader;
        this.writer = writer;
        this.capture = capture;
        this.baseline = baseline;
        this.ti = ti;
        this.changes = new ChangeFeed(reader, json);
        this.json = json;
    }

    void register(Router router) {
        router.get(BASE + "status", r -> ApiResponse.json(200, json.write(status())))
                .get(BASE + "changes", changes::page)
                .get(BASE + "ti", r -> ApiResponse.json(200, json.write(Map.of("installed",
                        ti.installed() == null ? Map.of() : ti.installed(), "trustedKeys", ti.trustedKeyIds()))))
                .add(new Route("POST", BASE + "ti", MAX_TI_BODY, this::upload))
                .get(BASE + "learning", r -> ApiResponse.json(200, "{\"learning\":" + baseline.learning() + "}"))
                .add(new Route("PUT", BASE + "learning", AlertRoutes.MAX_ACTION_BODY, this::learning));
    }

    private SensorStatus status() throws Exception {
        TiPackageStore.Installed installed = ti.installed();
        return new SensorStatus(identity.name(), identity.version(),
                (System.currentTimeMillis() - identity.startedMillis()) / 1000,
                installed == null ? null : installed.version(), baseline.learning(), capture.packets(),
                capture.drops(), writer.deviceCount(), writer.storedConnections(),
                writer.storedAlerts(), capture.state().name(), capture.error(),
                Long.toString(writer.lastSeq()), capture.inventoryPackets());
    }

    private ApiResponse upload(ApiRequest r) throws Exception {
        if (r.body().length == 0) {
            throw new ApiException(400, "the body must be the TI package (a zip)");
        }
        TiPackageStore.Installed installed;
        try {
            installed = ti.apply(r.body());
        } catch (io.plantwatch.ti.format.PackageRejectedException e) {
            // Defender records a failed install as a DIP_FAILURE event; the previous package stays.
            recordTiEvent(EventTypes.DIP_FAILURE, "ALERT", "TI package rejected: " + e.getMessage());
            throw new ApiException(400, "TI package rejected: " + e.getMessage());
        }
        recordTiEvent(EventTypes.DIP_UPLOADED, "NOTICE", "TI package " + installed.version() + " installed ("
                + installed.bytes() + " bytes, signed by key " + installed.keyId() + ")");
        return ApiResponse.json(200, json.write(Map.of("installed", installed)));
    }

    private void recordTiEvent(EventTypes type, String severity, String content) throws Exception {
        CompletableFuture<WriterCommand.ActionReply> reply = new CompletableFuture<>();
        writer.submit(new WriterCommand.RecordEvent(type.name(), type.title(), severity, content, reply));
        AlertRoutes.await(reply);
    }

    private ApiResponse learning(ApiRequest r) throws Exception {
        Boolean on = learningValue(r);
        CompletableFuture<WriterCommand.ActionReply> reply = new CompletableFuture<>();
        writer.submit(new WriterCommand.SetLearning(on, reply));
        WriterCommand.ActionReply done = AlertRoutes.await(reply);
        if (!done.ok()) {
            throw new ApiException(done.status(), done.message());
        }
        return ApiResponse.json(200, "{\"learning\":" + on + "}");
    }

    /** {@code {"learning": true|false|"on"|"off"}}, or {@code ?mode=on|off}. */
    private Boolean learningValue(ApiRequest r) {
        String text = r.query("mode");
        if (text == null && r.body().length > 0) {
            try {
                JsonNode node = json.mapper().readTree(new String(r.body(), StandardCharsets.UTF_8)).get("learning");
                text = node == null ? null : node.asText();
            } catch (Exception e) {
                throw new ApiException(400, "body must be JSON like {\"learning\": \"on\"}");
            }
        }
        if ("on".equalsIgnoreCase(text) || "true".equalsIgnoreCase(text)) {
            return true;
        }
        if ("off".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return false;
        }
        throw new ApiException(400, "learning must be on or off");
    }
}
