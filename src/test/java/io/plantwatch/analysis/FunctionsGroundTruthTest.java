package io.plantwatch.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Protocol decoding compared with tshark on every shared capture: for each protocol key of the
 * capture's {@code functions}, our function-code counts equal tshark's; and we report no function
 * key and no protocol name that tshark did not see.
 */
class FunctionsGroundTruthTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, AnalysisReport> REPORTS = new ConcurrentHashMap<>();

    private static AnalysisReport report(Path capture) {
        return REPORTS.computeIfAbsent(capture, c -> Analyzer.standard().analyze(List.of(c), Progress.NONE));
    }

    private static JsonNode truth(Path capture) {
        try {
            return JSON.readTree(SharedData.truthOf(capture).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> protocolKeys() {
        // -Dfunctions.keys=modbus,s7comm limits the cases to some keys, for one decoder's branch
        Set<String> only = new TreeSet<>(List.of(System.getProperty("functions.keys", "").split(",")));
        only.remove("");
        List<Arguments> cases = new ArrayList<>();
        for (Path capture : SharedData.capturesWithTruth()) {
            truth(capture).get("functions").fieldNames().forEachRemaining(key -> {
                if (only.isEmpty() || only.contains(key)) {
                    cases.add(Arguments.of(Named.of(SharedData.pcaps().relativize(capture) + ": " + key, capture), key));
                }
            });
        }
        return cases.stream();
    }

    static Stream<Named<Path>> captures() {
        return SharedData.capturesWithTruth().stream()
                .map(c -> Named.of(SharedData.pcaps().relativize(c).toString(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocolKeys")
    void functionCountsEqualTshark(Path capture, String key) {
        Map<String, Long> theirs = new TreeMap<>();
        truth(capture).get("functions").get(key).fields()
                .forEachRemaining(e -> theirs.put(e.getKey(), e.getValue().asLong()));
        Map<String, Long> ours = new TreeMap<>();
        report(capture).inventory().functions().getOrDefault(key, Map.of())
                .forEach((code, count) -> ours.put(Integer.toString(code), count));
        assertThat(ours).as("%s function codes (code → count) in %s", key, capture.getFileName()).isEqualTo(theirs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void reportsNothingTsharkDidNotSee(Path capture) {
        JsonNode truth = truth(capture);
        Set<String> tsharkKeys = new TreeSet<>();
        truth.get("functions").fieldNames().forEachRemaining(tsharkKeys::add);
        Set<String> tsharkProtocols = new TreeSet<>();
        truth.get("protocols").forEach(p -> tsharkProtocols.add(p.asText()));
        AnalysisReport report = report(capture);
        assertThat(report.inventory().functions().keySet()).as("function keys").isSubsetOf(tsharkKeys);
        assertThat(report.inventory().protocols().keySet()).as("protocol names").isSubsetOf(tsharkProtocols);
    }
}
