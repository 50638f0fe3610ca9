package io.plantwatch.bench.lightsensor;

import io.plantwatch.model.ApiAlert;
import io.plantwatch.model.ApiConnection;
import io.plantwatch.model.ApiConnectionProtocol;
import io.plantwatch.model.ApiDevice;

import java.util.List;

/** Short ways to make the API's long records for light sensors and tests. Stateless. */
public final class ApiRecords {
    private ApiRecords() {
    }

    /** A device with a MAC (or none when null) and an IP (or none when null). */
    public static ApiDevice device(long id, String mac, String ip, String vendor, String type, String firmware,
                                   long lastSeen) {
        return new ApiDevice(id, ip == null ? List.of() : List.of(ip), null, vendor, null,
                mac == null ? List.of() : List.of(mac), type, false, true, false, null, null, false,
                mac != null ? "mac:" + mac : "ip:" + ip, null, firmware, null, lastSeen - 60_000, lastSeen, null,
                null, null, lastSeen);
    }

    public static ApiConnection connection(long first, long second, String transport, String firstIp,
                                           int firstPort, String secondIp, int secondPort, String protocol,
                                           long lastSeen) {
        return new ApiConnection(first, second, lastSeen, lastSeen - 60_000, List.of(secondPort),
                List.of(new ApiConnectionProtocol(protocol, List.of())), transport, firstIp, firstPort, secondIp,
                secondPort, 10L, 1000L, lastSeen);
    }

    public static ApiAlert alert(String uuid, long time, String title, String sourceIp, String destinationIp,
                                 Long sourceDevice, Long destinationDevice) {
        return new ApiAlert(uuid, time, title, title + " seen", "Major", "Policy Violation", sourceDevice,
                destinationDevice, sourceIp, destinationIp, List.of(), null, false, List.of("T0843"), "NEW", time);
    }

    /** The same alert raised {@code occurrences} times, the last at {@code lastSeen}, as a Plantwatch sensor counts repeats. */
    public static ApiAlert repeated(ApiAlert a, long occurrences, long lastSeen) {
        return new ApiAlert(a.id(), a.time(), a.title(), a.message(), a.severity(), a.engine(), a.sourceDevice(),
                a.destinationDevice(), a.sourceDeviceAddress(), a.destinationDeviceAddress(), a.remediationSteps(),
                a.additionalInformation(), a.handled(), a.techniques(), a.status(), lastSeen, occurrences, lastSeen);
    }

    /** The same alert, handled by {@code action}. */
    public static ApiAlert handled(ApiAlert alert, String action) {
        String status = "handleAndLearn".equals(action) ? "LEARNED" : "mute".equals(action) ? "MUTED" : "HANDLED";
        return new ApiAlert(alert.id(), alert.time(), alert.title(), alert.message(), alert.severity(),
                alert.engine(), alert.sourceDevice(), alert.destinationDevice(), alert.sourceDeviceAddress(),
                alert.destinationDeviceAddress(), alert.remediationSteps(), alert.additionalInformation(), true,
                alert.techniques(), status, System.currentTimeMillis());
    }
}
