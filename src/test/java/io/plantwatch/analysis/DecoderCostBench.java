package io.plantwatch.analysis;

import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.inventory.classify.StandardClassifier;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark, not a check: the cost of the application decoders, measured side by side on the
 * shared industrial captures (analysis with every decoder against analysis with none, in the
 * analysing thread's CPU time, best round of each), printed as {@code key: value} lines. Run with {@code mvn test -Dtest=DecoderCostBench -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class DecoderCostBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 9);
    /** Each round reads the captures this many times over, so a round lasts long enough to time. */
    private static final int REPEAT = Integer.getInteger("bench.repeat", 8);

    @Test
    void decoderCost() {
        List<Path> captures = new ArrayList<>();
        for (String name : List.of("modbus/ModbusTCP.pcap", "mixed/mb2.pcap", "s7comm/wincc_s400_production.pcapng",
                "s7comm/s7comm_reading_plc_status.pcap", "dnp3/dnp3.pcap", "iec104/TestDissectIec104.pcap",
                "enip/EthernetIP-CIP.pcap")) {
            for (int i = 0; i < REPEAT; i++) {
                captures.add(SharedData.pcap(name));
            }
        }
        Analyzer bare = new Analyzer(DecoderRegistry.none(), new StandardClassifier());
        Analyzer full = Analyzer.standard();
        long packets = bare.analyze(captures, Progress.NONE).capture().packets();
        long bestBare = Long.MAX_VALUE;
        long bestFull = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            // alternate, so drift on a shared machine hits both alike; keep each one's best round
            bestBare = Math.min(bestBare, time(bare, captures));
            bestFull = Math.min(bestFull, time(full, captures));
        }
        System.out.println("packets: " + packets);
        System.out.println("analyze_cpu_pps_without_decoders: " + packets * 1_000_000_000L / bestBare);
        System.out.println("analyze_cpu_pps_with_decoders: " + packets * 1_000_000_000L / bestFull);
        System.out.printf("with_over_without_ratio: %.3f%n", (double) bestBare / bestFull);
    }

    /** CPU time of this thread: the machine is shared, and wall time counts other people's work. */
    private static long time(Analyzer analyzer, List<Path> captures) {
        long start = THREADS.getCurrentThreadCpuTime();
        analyzer.analyze(captures, Progress.NONE);
        return THREADS.getCurrentThreadCpuTime() - start;
    }
}
