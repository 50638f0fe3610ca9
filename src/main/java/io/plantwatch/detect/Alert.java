package io.plantwatch.detect;

import java.util.List;

/**
 * An alert raised from traffic. Severities and engines are Defender for IoT's value sets.
 *
 * @param time epoch nanoseconds of the packet that raised it
 * @param source source address (IP, else MAC), or null
 * @param techniques ATT&CK for ICS technique ids
 */
public record Alert(String id, long time, Severity severity, Engine engine, String title, String message,
                    String source, String destination, List<String> techniques) {

    public enum Severity {
        Warning, Minor, Major, Critical
    }

    public enum Engine {
        PROTOCOL_VIOLATION("Protocol Violation"), POLICY_VIOLATION("Policy Violation"), MALWARE("Malware"),
        ANOMALY("Anomaly"), OPERATIONAL("Operational");

        private final String label;

        Engine(String label) {
            this.label = label;
        }

        /** The name Defender for IoT uses ("Policy Violation"). */
        public String label() {
            return label;
        }
    }
}
