package io.plantwatch.detect;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.ObservedActivity;

import java.util.List;

/**
 * Malformed or non-conforming protocol traffic, as the protocol decoders report it (Defender's
 * Protocol Violation engine). Malformed PDUs are how fuzzers and exploits reach an industrial
 * service (T0866 Exploitation of Remote Services); they also come from broken or misconfigured
 * devices, which the message leaves open. The inventory reports the first malformed PDU of a
 * protocol between two ends, so a flood makes one alert. Stateless.
 */
final class ProtocolViolationRule implements ActivityRule {
    @Override
    public Alert check(ObservedActivity a, Baseline baseline) {
        if (a.activity().type() != ActivityType.PROTOCOL_VIOLATION) {
            return null;
        }
        return ActivityAlerts.alert(a, Rules.PROTOCOL_VIOLATION, Alert.Severity.Major,
                Alert.Engine.PROTOCOL_VIOLATION, "Malformed " + a.activity().protocol() + " packet",
                List.of("T0866"),
                List.of("Check whether the source is a faulty or misconfigured device, or a fuzzer or exploit.",
                        "Keep the evidence packets; update the target's firmware if the vendor fixed such input."),
                null);
    }
}
