package io.plantwatch.inventory;

import java.util.BitSet;

/**
 * Well-known server ports, to tell client from server when a capture starts after the handshake.
 * Industrial ports first; then the IT services seen on plant networks.
 */
final class ServicePorts {
    private static final BitSet KNOWN = new BitSet(65536);

    static {
        int[] industrial = {102, 502, 789, 1089, 1090, 1091, 1911, 1962, 2222, 2404, 2455, 4000, 4840, 5007,
            5094, 9600, 18245, 18246, 20000, 20547, 34962, 34963, 34964, 34980, 44818, 47808, 48898, 55000, 55003};
        int[] it = {20, 21, 22, 23, 25, 53, 67, 68, 69, 80, 88, 110, 123, 135, 137, 138, 139, 143, 161, 162, 389,
            443, 445, 514, 515, 554, 623, 636, 853, 902, 993, 995, 1433, 1521, 1883, 1900, 3306, 3389, 5060, 5061,
            5353, 5355, 5432, 5671, 5672, 5900, 5985, 5986, 6379, 8000, 8080, 8443, 8883, 9100, 27017};
        for (int port : industrial) {
            KNOWN.set(port);
        }
        for (int port : it) {
            KNOWN.set(port);
        }
    }

    private ServicePorts() {
    }

    static boolean isKnown(int port) {
        return port >= 0 && port < 65536 && KNOWN.get(port);
    }

    /**
     * Whether end B of a flow looks like the server by ports alone: a known service port on one end
     * only, else a privileged port against an unprivileged one, else a registered port against an
     * ephemeral one. Null when ports do not tell.
     */
    static Boolean serverIsB(int portA, int portB) {
        boolean knownA = isKnown(portA);
        boolean knownB = isKnown(portB);
        if (knownA != knownB) {
            return knownB;
        }
        if (portA == portB) {
            return null;
        }
        if (!knownA) {
            if ((portA < 1024) != (portB < 1024)) {
                return portB < 1024;
            }
            if ((portA < 49152) != (portB < 49152)) {
                return portB < 49152;
            }
            return null;
        }
        return portB < portA;
    }
}
