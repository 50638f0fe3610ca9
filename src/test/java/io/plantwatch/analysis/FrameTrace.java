package io.plantwatch.analysis;

import io.plantwatch.capture.CaptureFiles;
import io.plantwatch.capture.CaptureProblem;
import io.plantwatch.capture.Frame;
import io.plantwatch.capture.FrameHandler;
import io.plantwatch.capture.FrameSource;
import io.plantwatch.decode.Activity;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.ProtocolDecoder;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.dnp3.Dnp3Decoder;
import io.plantwatch.decode.iec104.Iec104Decoder;
import io.plantwatch.decode.modbus.ModbusDecoder;
import io.plantwatch.decode.s7comm.S7Decoder;
import io.plantwatch.inventory.TrafficCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A developer's tool, not a check: prints, per frame, the function codes our decoders counted,
 * in the layout of {@code tshark -T fields -e frame.number -e FIELD -E occurrence=a}, so the two
 * can be diffed when counts disagree. Run with
 * {@code mvn test -Dtest=FrameTrace -Dtrace.capture=FILE -Dtrace.key=modbus}; writes
 * {@code target/trace.txt}.
 */
@EnabledIfSystemProperty(named = "trace.capture", matches = ".+")
class FrameTrace {
    private long frame;
    private final Map<Long, List<String>> codes = new TreeMap<>();

    @Test
    void trace() throws Exception {
        String key = System.getProperty("trace.key", "modbus");
        List<ProtocolDecoder> decoders = new ArrayList<>();
        for (ProtocolDecoder d : List.of(new ModbusDecoder(), new S7Decoder(), new Dnp3Decoder(), new Iec104Decoder())) {
            decoders.add(wrap(d, key));
        }
        TrafficCollector collector = new TrafficCollector(new DecoderRegistry(decoders, List.of()));
        try (FrameSource source = CaptureFiles.open(Path.of(System.getProperty("trace.capture")))) {
            source.forEach(new FrameHandler() {
                @Override
                public void onFrame(Frame f) {
                    frame++;
                    collector.onFrame(f);
                }

                @Override
                public void onProblem(CaptureProblem problem) {
                }
            });
        }
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of("target/trace.txt")))) {
            codes.forEach((n, list) -> out.println(n + "\t" + String.join(",", list)));
        }
    }

    private ProtocolDecoder wrap(ProtocolDecoder decoder, String key) {
        return new ProtocolDecoder() {
            @Override
            public String name() {
                return decoder.name();
            }

            @Override
            public FlowDecoder forFlow(Packet packet) {
                FlowDecoder inner = decoder.forFlow(packet);
                return inner == null ? null : (p, out) -> inner.onPacket(p, recording(out, key));
            }
        };
    }

    private Observations recording(Observations out, String key) {
        return new Observations() {
            @Override public void protocol(String name) { out.protocol(name); }
            @Override public void function(String k, int code) {
                out.function(k, code);
                if (k.equals(key)) {
                    codes.computeIfAbsent(frame, f -> new ArrayList<>()).add(Integer.toString(code));
                }
            }
            @Override public void command(String protocol, String command) { out.command(protocol, command); }
            @Override public void identity(Side side, Identity field, String value) { out.identity(side, field, value); }
            @Override public void identityOfMac(long mac, Identity field, String value) { out.identityOfMac(mac, field, value); }
            @Override public void role(Side side, String protocol, Role role) { out.role(side, protocol, role); }
            @Override public void activity(Activity activity) { out.activity(activity); }
            @Override public void malformed(String protocol, String reason) { out.malformed(protocol, reason); }
        };
    }
}
