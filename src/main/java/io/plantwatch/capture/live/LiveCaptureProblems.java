package io.plantwatch.capture.live;

import java.util.Locale;

/** Turns libpcap's failures into messages that say what to do. */
final class LiveCaptureProblems {
    private LiveCaptureProblems() {
    }

    static String libpcapMissing() {
        return "live capture needs libpcap, which is not installed (Debian/Ubuntu: apt-get install libpcap0.8;"
                + " RHEL: dnf install libpcap)";
    }

    static String explain(String interfaceName, String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.contains("permission") || m.contains("not permitted")) {
            return "no permission to capture on " + interfaceName + ": run as root, or grant the capability with"
                    + " 'setcap cap_net_raw,cap_net_admin=eip $(readlink -f $(which java))'";
        }
        if (m.contains("no such device") || m.contains("doesn't exist") || m.contains("no such")) {
            return "no network interface named " + interfaceName + " (see 'ip link')";
        }
        if (m.contains("libpcap") || m.contains("unable to load library") || m.contains("pcap.so")) {
            return libpcapMissing();
        }
        return "cannot capture on " + interfaceName + ": " + message;
    }
}
