package io.plantwatch.analysis;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plantwatch.capture.CaptureProblem;
import io.plantwatch.detect.Alert;
import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.Device;
import io.plantwatch.inventory.Inventory;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Function;

/**
 * The {@code analyze --json} document (a contract, see DESIGN.md): snake_case keys, times as
 * epoch seconds with their full precision, addresses as tshark prints them. Thread-safe.
 */
public final class ReportJson {
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /**
     * Writes the document to {@code out} (left open) element by element, so its size is bounded by
     * the largest device or connection rather than by the whole report: a 1 GB capture's 150,000
     * connections would not fit a small heap as one tree, nor as one string.
     */
    public void write(AnalysisReport report, OutputStream out) throws IOException {
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeFieldName("capture");
            mapper.writeTree(g, capture(report.capture()));
            Inventory inventory = report.inventory();
            array(g, "devices", inventory.devices(), this::device);
            array(g, "connections", inventory.connections(), this::connection);
            ObjectNode protocols = mapper.createObjectNode();
            inventory.protocols().forEach((name, counts) -> {
                ObjectNode p = protocols.putObject(name);
                p.put("packets", counts[0]);
                p.put("bytes", counts[1]);
            });
            g.writeFieldName("protocols");
            mapper.writeTree(g, protocols);
            ObjectNode functions = mapper.createObjectNode();
            inventory.functions().forEach((key, codes) -> {
                ObjectNode f = functions.putObject(key);
                codes.forEach((code, count) -> f.put(Integer.toString(code), count));
            });
            g.writeFieldName("functions");
            mapper.writeTree(g, functions);
            array(g, "alerts", report.alerts(), this::alert);
            array(g, "ip_conversations", inventory.ipConversations(), c -> mapper.createObjectNode()
                    .put("a", c.a()).put("b", c.b()).put("packets", c.packets()).put("bytes", c.bytes()));
            array(g, "endpoints", inventory.endpoints(), e -> mapper.createObjectNode()
                    .put("ip", e.ip()).put("packets", e.packets()).put("bytes", e.bytes()));
            g.writeEndObject();
        }
    }

    private <T> void array(JsonGenerator g, String name, Collection<T> items, Function<T, ObjectNode> toNode)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (T item : items) {
            mapper.writeTree(g, toNode.apply(item));
        }
        g.writeEndArray();
    }

    /** Epoch nanoseconds as epoch seconds, exactly ("1500000000.123456"). */
    public static BigDecimal seconds(long nanos) {
        BigDecimal s = BigDecimal.valueOf(nanos).movePointLeft(9).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private ObjectNode capture(CaptureSummary c) {
        ObjectNode n = mapper.createObjectNode();
        strings(n.putArray("files"), c.files());
        n.put("packets", c.packets());
        n.put("bytes", c.bytes());
        n.put("first_ts", seconds(c.firstSeen()));
        n.put("last_ts", seconds(c.lastSeen()));
        strings(n.putArray("link_types"), c.linkTypes());
        n.put("malformed", c.malformed());
        ArrayNode problems = n.putArray("problems");
        for (CaptureProblem p : c.problems()) {
            problems.addObject().put("file", p.source()).put("offset", p.offset())
                    .put("message", p.message()).put("fatal", p.fatal());
        }
        return n;
    }

    private ObjectNode device(Device d) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", d.id());
        strings(n.putArray("macs"), d.macs());
        strings(n.putArray("ips"), d.ips());
        n.put("name", d.name());
        n.put("vendor", d.vendor());
        n.put("type", d.type());
        n.put("model", d.model());
        n.put("firmware", d.firmware());
        n.put("os", d.os());
        n.put("purdue_level", d.purdueLevel());
        strings(n.putArray("protocols"), d.protocols());
        ArrayNode ports = n.putArray("open_ports");
        d.openPorts().forEach(p -> ports.addObject().put("transport", p.transport()).put("port", p.port()));
        n.put("first_seen", seconds(d.firstSeen()));
        n.put("last_seen", seconds(d.lastSeen()));
        ArrayNode properties = n.putArray("properties");
        d.properties().forEach(p -> properties.addObject().put("field", p.field()).put("value", p.value())
                .put("protocol", p.protocol()).put("count", p.count()));
        strings(n.putArray("roles"), d.roles());
        strings(n.putArray("evidence"), d.evidence());
        return n;
    }

    private ObjectNode connection(Connection c) {
        ObjectNode n = mapper.createObjectNode();
        n.put("transport", c.transport());
        n.set("a", endpoint(c.a()));
        n.set("b", endpoint(c.b()));
        n.put("packets", c.packets());
        n.put("bytes", c.bytes());
        n.put("first_seen", seconds(c.firstSeen()));
        n.put("last_seen", seconds(c.lastSeen()));
        strings(n.putArray("protocols"), c.protocols());
        strings(n.putArray("commands"), c.commands());
        return n;
    }

    private ObjectNode endpoint(Connection.Endpoint e) {
        ObjectNode n = mapper.createObjectNode().put("ip", e.ip());
        if (e.port() != null) {
            n.put("port", e.port());
        }
        return n;
    }

    private ObjectNode alert(Alert a) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", a.id());
        n.put("time", seconds(a.time()));
        n.put("severity", a.severity().name());
        n.put("engine", a.engine().label());
        n.put("title", a.title());
        n.put("message", a.message());
        n.put("source", a.source());
        n.put("destination", a.destination());
        strings(n.putArray("techniques"), a.techniques());
        n.put("rule", a.rule());
        n.put("count", a.count());
        n.put("last_seen", seconds(a.lastSeen()));
        return n;
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

}
