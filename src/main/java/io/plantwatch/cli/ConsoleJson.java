package io.plantwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.plantwatch.console.alerts.AlertView;
import io.plantwatch.console.inventory.DeviceView;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.ti.KnownTiPackages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The console commands' {@code --json} output. {@code devices --json} is a contract (README):
 * {@code {"devices": [{"id", "macs", "ips", "name", "vendor", "type", "model", "firmware", "os",
 * "purdue_level", "zone", "site", "sensors", "first_seen", "last_seen", "conflicts",
 * "provenance"}]}}, times in epoch seconds as in {@code analyze --json}; keys are only ever added.
 * Thread-safe (Jackson's mapper is, once configured).
 */
final class ConsoleJson {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String devices(List<DeviceView> devices) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (DeviceView device : devices) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", device.id());
            json.put("macs", device.macs());
            json.put("ips", device.ips());
            json.put("name", device.name());
            json.put("vendor", device.vendor());
            json.put("type", device.type());
            json.put("model", device.model());
            json.put("firmware", device.firmware());
            json.put("os", device.os());
            json.put("purdue_level", device.purdueLevel());
            json.put("zone", device.zone());
            json.put("site", device.site());
            json.put("sensors", device.sensors());
            json.put("first_seen", seconds(device.firstSeen()));
            json.put("last_seen", seconds(device.lastSeen()));
            List<Map<String, Object>> conflicts = new ArrayList<>();
            for (DeviceView.ConflictView conflict : device.conflicts()) {
                List<Map<String, Object>> values = new ArrayList<>();
                for (DeviceView.ValueView value : conflict.values()) {
                    values.add(ordered("value", value.value(), "sensors", value.sensors()));
                }
                conflicts.add(ordered("field", conflict.field(), "values", values));
            }
            json.put("conflicts", conflicts);
            List<Map<String, Object>> provenance = new ArrayList<>();
            for (DeviceView.ProvenanceView source : device.provenance()) {
                Map<String, Object> entry = ordered("sensor", source.sensor(), "sensor_device_id",
                        source.sensorDeviceId());
                entry.put("macs", source.macs());
                entry.put("ips", source.ips());
                entry.put("vendor", source.vendor());
                entry.put("type", source.type());
                entry.put("firmware", source.firmware());
                entry.put("first_seen", seconds(source.firstSeen()));
                entry.put("last_seen", seconds(source.lastSeen()));
                provenance.add(entry);
            }
            json.put("provenance", provenance);
            list.add(json);
        }
        return write(Map.of("devices", list));
    }

    String alerts(List<AlertView> alerts) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (AlertView alert : alerts) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", alert.id());
            json.put("time", seconds(alert.time()));
            json.put("severity", alert.severity());
            json.put("engine", alert.engine());
            json.put("title", alert.title());
            json.put("message", alert.message());
            json.put("source", alert.source());
            json.put("destination", alert.destination());
            json.put("zone", alert.zone());
            json.put("site", alert.site());
            json.put("handled", alert.handled());
            json.put("console_action", alert.consoleAction());
            json.put("sensors", alert.sensors());
            List<Map<String, Object>> sources = new ArrayList<>();
            for (AlertView.SourceView source : alert.sources()) {
                Map<String, Object> entry = ordered("sensor", source.sensor(), "uuid", source.uuid());
                entry.put("handled", source.handled());
                entry.put("status", source.status());
                entry.put("propagated", source.propagated());
                entry.put("propagation_error", source.propagationError());
                sources.add(entry);
            }
            json.put("sources", sources);
            list.add(json);
        }
        return write(Map.of("alerts", list));
    }

    /**
     * @param newestTiVersion the newest TI package version the console knows (null: none); each
     *                        sensor's {@code ti_outdated} says whether it runs an older one (or none)
     */
    String sensors(List<SensorRecord> sensors, String newestTiVersion) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (SensorRecord sensor : sensors) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", sensor.name());
            json.put("url", sensor.url());
            json.put("site", sensor.siteName());
            json.put("zone", sensor.zoneName());
            json.put("fingerprint", sensor.fingerprint());
            json.put("kind", sensor.kind());
            json.put("version", sensor.version());
            json.put("health", sensor.health().name());
            json.put("last_error", sensor.lastError());
            json.put("last_attempt", seconds(sensor.lastAttempt()));
            json.put("last_success", seconds(sensor.lastSuccess()));
            json.put("ti_version", sensor.tiVersion());
            json.put("ti_outdated", KnownTiPackages.isOutdated(sensor.tiVersion(), newestTiVersion));
            list.add(json);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("sensors", list);
        root.put("newest_ti_version", newestTiVersion);
        return write(root);
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    static Double seconds(Long millis) {
        return millis == null ? null : millis / 1000.0;
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
