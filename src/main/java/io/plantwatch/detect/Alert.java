package io.plantwatch.detect;

import java.util.List;

/**
 * An alert raised from traffic. Severities and engines are Defender for IoT's value sets.
 *
 * @param id {@code <number>-<epoch ms>}, Defender's UUID form
 * @param time epoch nanoseconds of the packet that raised it
 * @param source source address (IP, else MAC), or null
 * @param techniques ATT&CK for ICS technique ids
 * @param rule the rule that raised it ({@link Rules}); alerts of one rule, source and destination
 *             are one alert while it is open
 * @param protocol the Wireshark protocol name the alert is about, or null
 * @param remediation steps an operator can take
 * @param baselineKey what "handle and learn" adds to the baseline, or null when there is nothing to learn
 * @param count how many times it was raised: repeats within {@link Detector#GROUP_NANOS} of the
 *              previous one are grouped into it, not raised again
 * @param lastSeen epoch nanoseconds of the latest repeat ({@code time} when there was none)
 */
public record Alert(String id, long time, Severity severity, Engine engine, String title, String message,
                    String source, String destination, List<String> techniques,
                    String rule, String protocol, List<String> remediation, String baselineKey,
                    long count, long lastSeen) {

    /** A first sighting: count 1, last seen at {@code time}. */
    public Alert(String id, long time, Severity severity, Engine engine, String title, String message,
                 String source, String destination, List<String> techniques,
                 String rule, String protocol, List<String> remediation, String baselineKey) {
        this(id, time, severity, engine, title, message, source, destination, techniques, rule, protocol, remediation,
                baselineKey, 1, time);
    }

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

    /** Alerts with equal keys are one alert while it is open (Defender unifies them likewise). */
    public String dedupKey() {
        return dedupKey(rule, source, destination);
    }

    static String dedupKey(String rule, String source, String destination) {
        return rule + "|" + source + "|" + destination;
    }

    Alert withId(String newId) {
        return new Alert(newId, time, severity, engine, title, message, source, destination, techniques, rule,
                protocol, remediation, baselineKey, count, lastSeen);
    }

    /** This alert with its repeats folded in. */
    public Alert withRepeats(long newCount, long newLastSeen) {
        return new Alert(id, time, severity, engine, title, message, source, destination, techniques, rule,
                protocol, remediation, baselineKey, newCount, newLastSeen);
    }
}
