package io.plantwatch.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.Device;
import io.plantwatch.inventory.IpConversation;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shared capture analysed and compared with what Wireshark's tshark made of it: frames and
 * bytes, time span, unicast MACs, source IPs, and IP, TCP and UDP conversations with their packets
 * and bytes. A failure lists every difference.
 */
class GroundTruthTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> captures() {
        return SharedData.capturesWithTruth().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void agreesWithTshark(Path capture) throws IOException {
        JsonNode truth = JSON.readTree(SharedData.truthOf(capture).toFile());
        AnalysisReport report = Analyzer.standard().analyze(List.of(capture), Progress.NONE);
        List<String> differences = new ArrayList<>();

        same(differences, "packets", report.capture().packets(), truth.get("packets").asLong());
        same(differences, "bytes", report.capture().bytes(), truth.get("bytes").asLong());
        closeEnough(differences, "first_ts", report.capture().firstSeen(), truth.get("first_ts").decimalValue());
        closeEnough(differences, "last_ts", report.capture().lastSeen(), truth.get("last_ts").decimalValue());

        Set<String> macs = new TreeSet<>();
        Set<String> ips = new HashSet<>();
        for (Device d : report.inventory().devices()) {
            macs.addAll(d.macs());
            ips.addAll(d.ips());
        }
        sameSet(differences, "unicast MACs", macs, strings(truth.get("macs")));
        for (String source : strings(truth.get("ip_sources"))) {
            if (!ips.contains(source)) {
                differences.add("source IP " + source + " belongs to no device");
            }
        }

        Map<String, List<Long>> ipPairs = new TreeMap<>();
        for (IpConversation c : report.inventory().ipConversations()) {
            ipPairs.put(pair(c.a(), c.b()), List.of(c.packets(), c.bytes()));
        }
        sameCounts(differences, "IP conversation", ipPairs, truth.get("ip_conversations"));
        sameCounts(differences, "TCP conversation", conversations(report, "tcp"), truth.get("tcp_conversations"));
        sameCounts(differences, "UDP conversation", conversations(report, "udp"), truth.get("udp_conversations"));

        assertThat(differences).as("differences from tshark for " + capture.getFileName()).isEmpty();
    }

    private static Map<String, List<Long>> conversations(AnalysisReport report, String transport) {
        Map<String, List<Long>> result = new TreeMap<>();
        for (Connection c : report.inventory().connections()) {
            if (c.transport().equals(transport)) {
                result.put(pair(c.a().ip() + ":" + c.a().port(), c.b().ip() + ":" + c.b().port()),
                        List.of(c.packets(), c.bytes()));
            }
        }
        return result;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private static void same(List<String> differences, String what, long ours, long theirs) {
        if (ours != theirs) {
            differences.add(what + ": ours " + ours + ", tshark " + theirs);
        }
    }

    private static void closeEnough(List<String> differences, String what, long oursNanos, java.math.BigDecimal theirs) {
        java.math.BigDecimal ours = ReportJson.seconds(oursNanos);
        if (ours.subtract(theirs).abs().compareTo(new java.math.BigDecimal("0.000001")) > 0) {
            differences.add(what + ": ours " + ours + ", tshark " + theirs);
        }
    }

    private static void sameSet(List<String> differences, String what, Set<String> ours, Set<String> theirs) {
        Set<String> extra = new TreeSet<>(ours);
        extra.removeAll(theirs);
        Set<String> missing = new TreeSet<>(theirs);
        missing.removeAll(ours);
        if (!extra.isEmpty()) {
            differences.add(what + " tshark does not have: " + extra);
        }
        if (!missing.isEmpty()) {
            differences.add(what + " missing: " + missing);
        }
    }

    private static void sameCounts(List<String> differences, String what, Map<String, List<Long>> ours, JsonNode truth) {
        Map<String, List<Long>> theirs = new TreeMap<>();
        truth.fields().forEachRemaining(e -> theirs.put(e.getKey(), List.of(e.getValue().get(0).asLong(), e.getValue().get(1).asLong())));
        for (Map.Entry<String, List<Long>> e : theirs.entrySet()) {
            List<Long> mine = ours.get(e.getKey());
            if (mine == null) {
                differences.add(what + " " + e.getKey() + " missing (tshark " + e.getValue() + ")");
            } else if (!mine.equals(e.getValue())) {
                differences.add(what + " " + e.getKey() + ": ours " + mine + ", tshark " + e.getValue());
            }
        }
        for (String key : ours.keySet()) {
            if (!theirs.containsKey(key)) {
                differences.add(what + " " + key + " " + ours.get(key) + " not in tshark");
            }
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> result = new TreeSet<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }
}
