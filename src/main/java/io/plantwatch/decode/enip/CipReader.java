package io.plantwatch.decode.enip;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.internal.Cursor;
import io.plantwatch.decode.internal.NameTable;
import io.plantwatch.decode.internal.Wire;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads CIP explicit messages the way Wireshark's CIP dissector counts them: one {@code cip.sc}
 * (masked with 0x7F) per message, plus one per message embedded in a Multiple Service Packet or
 * an Unconnected Send. Emits the Connection Manager ({@code cipcm}) and class-specific
 * ({@code cipcls}) protocol names, readable service names, activities and the Identity object's
 * attributes. One instance per flow. Not thread-safe.
 */
final class CipReader {
    static final String PROTOCOL = "cip";
    private static final int MAX_DEPTH = 4;
    private static final long NO_KEY = Long.MIN_VALUE;

    private final EnipTables tables;
    private final PendingRequests pending = new PendingRequests();
    private final CipPath path = new CipPath();
    private final Cursor identityCursor = new Cursor();
    /** (class << 8 | service) of request names already told for this flow, to tell each once. */
    private final Set<Integer> namedServices = new HashSet<>();
    /** The last name told: a Multiple Service Packet repeats one service many times. */
    private int lastNamed = Integer.MIN_VALUE;
    /** Protocol names already told for the PDU in hand: told once each, not per embedded message. */
    private boolean cipTold;
    private boolean classTold;
    private boolean connectionManagerTold;

    CipReader(EnipTables tables) {
        this.tables = tables;
    }

    /**
     * One CIP message of {@code length} bytes at {@code offset}.
     *
     * @param key ties a request to its reply (sender context or connected sequence), or
     *            {@link Long#MIN_VALUE} for messages embedded in another
     */
    void message(ByteBuffer b, int offset, int length, long key, Observations out) {
        cipTold = false;
        classTold = false;
        connectionManagerTold = false;
        message(b, offset, length, key, false, out, 0);
    }

    private void message(ByteBuffer b, int offset, int length, long key, boolean routed, Observations out, int depth) {
        if (length < 1) {
            out.malformed(PROTOCOL, "empty CIP message");
            return;
        }
        if (!cipTold) {
            cipTold = true;
            out.protocol(PROTOCOL);
        }
        int first = Wire.u8(b, offset);
        int service = first & CipService.CODE_MASK;
        out.function(PROTOCOL, service);
        if ((first & CipService.RESPONSE) == 0) {
            request(b, offset, length, service, key, routed, out, depth);
        } else {
            response(b, offset, length, service, key, out, depth);
        }
    }

    private void request(ByteBuffer b, int offset, int length, int service, long key, boolean routed,
                         Observations out, int depth) {
        if (length < 2) {
            out.malformed(PROTOCOL, "CIP request without path size");
            return;
        }
        int pathLength = 2 * Wire.u8(b, offset + 1);
        if (2 + pathLength > length || !path.read(b, offset + 2, pathLength)) {
            out.malformed(PROTOCOL, "CIP request path runs past the message");
            return;
        }
        int cipClass = path.cipClass;
        int instance = path.instance;
        classProtocol(cipClass, service, true, out);
        tell(cipClass, instance, service, out);
        int data = offset + 2 + pathLength;
        int dataLength = length - 2 - pathLength;
        if (depth >= MAX_DEPTH) {
            return;
        }
        if (cipClass == CipService.CONNECTION_MANAGER && service == CipService.UNCONNECTED_SEND) {
            unconnectedSend(b, data, dataLength, key, out, depth);
            return;
        }
        if (key != NO_KEY) {
            pending.put(key, cipClass, service, routed);
        }
        if (service == CipService.MULTIPLE_SERVICE_PACKET) {
            embedded(b, data, dataLength, out, depth);
        }
    }

    /** Priority/tick, timeout ticks, message size, the message, pad, route path: as tshark walks it. */
    private void unconnectedSend(ByteBuffer b, int data, int dataLength, long key, Observations out, int depth) {
        if (dataLength < 4) {
            out.malformed(PROTOCOL, "Unconnected Send without embedded message");
            return;
        }
        int size = Wire.u16le(b, data + 2);
        if (size > dataLength - 4 || size < 1) {
            out.malformed(PROTOCOL, "Unconnected Send message size runs past the request");
            return;
        }
        int embedded = data + 4;
        int first = Wire.u8(b, embedded);
        message(b, embedded, size, NO_KEY, true, out, depth + 1);
        // the reply to an Unconnected Send is the target's reply to the embedded request
        if (key != NO_KEY && (first & CipService.RESPONSE) == 0 && size >= 2
                && 2 + 2 * Wire.u8(b, embedded + 1) <= size
                && path.read(b, embedded + 2, 2 * Wire.u8(b, embedded + 1))) {
            pending.put(key, path.cipClass, first & CipService.CODE_MASK, true);
        }
    }

    private void response(ByteBuffer b, int offset, int length, int service, long key, Observations out, int depth) {
        if (length < 4) {
            out.malformed(PROTOCOL, "CIP reply shorter than its status");
            return;
        }
        int status = Wire.u8(b, offset + 2);
        int header = 4 + 2 * Wire.u8(b, offset + 3);
        if (header > length) {
            out.malformed(PROTOCOL, "CIP reply status runs past the message");
            return;
        }
        int cipClass = CipPath.NONE;
        boolean known = key != NO_KEY && pending.take(key);
        if (known) {
            cipClass = pending.cipClass;
            if (pending.viaUnconnectedSend) {
                connectionManager(out);
            }
        }
        classProtocol(cipClass, service, known || depth > 0, out);
        int data = offset + header;
        int dataLength = length - header;
        if (service == CipService.MULTIPLE_SERVICE_PACKET && depth < MAX_DEPTH
                && (status == CipService.STATUS_SUCCESS || status == CipService.STATUS_EMBEDDED_SERVICE_ERROR)) {
            embedded(b, data, dataLength, out, depth);
        } else if (service == CipService.GET_ATTRIBUTES_ALL && cipClass == CipService.IDENTITY
                && status == CipService.STATUS_SUCCESS) {
            try {
                CipIdentity.read(identityCursor.reset(b, data, dataLength)).report(out, Side.SOURCE, tables);
            } catch (Cursor.Truncated e) {
                out.malformed(PROTOCOL, "Identity attributes truncated");
            }
        }
    }

    /** A Multiple Service Packet's services: a count, offsets from the count, then the messages. */
    private void embedded(ByteBuffer b, int data, int dataLength, Observations out, int depth) {
        if (dataLength < 2) {
            out.malformed(PROTOCOL, "Multiple Service Packet without count");
            return;
        }
        int count = Wire.u16le(b, data);
        if (2 + 2 * count > dataLength) {
            out.malformed(PROTOCOL, "Multiple Service Packet offsets run past the message");
            return;
        }
        for (int i = 0; i < count; i++) {
            int start = Wire.u16le(b, data + 2 + 2 * i);
            int end = i + 1 < count ? Wire.u16le(b, data + 4 + 2 * i) : dataLength;
            if (start < 2 + 2 * count || end > dataLength || end <= start) {
                out.malformed(PROTOCOL, "Multiple Service Packet offset out of range");
                return;
            }
            message(b, data + start, end - start, NO_KEY, false, out, depth + 1);
        }
    }

    /**
     * The class dissector Wireshark hands a service to, by its protocol name. A reply's class is
     * known only from its request, so an unmatched top-level reply names none (0x4E is Forward
     * Close for the Connection Manager but a tag service elsewhere).
     */
    private void classProtocol(int cipClass, int service, boolean classKnown, Observations out) {
        if (cipClass == CipService.CONNECTION_MANAGER) {
            connectionManager(out);
        } else if (classKnown && !classTold && service >= CipService.FIRST_CLASS_SPECIFIC
                && service <= CipService.LAST_CLASS_SPECIFIC) {
            classTold = true;
            out.protocol("cipcls");
        }
    }

    private void connectionManager(Observations out) {
        if (!connectionManagerTold) {
            connectionManagerTold = true;
            out.protocol("cipcm");
        }
    }

    /** Readable name once per flow and class; activities and roles every time. */
    private void tell(int cipClass, int instance, int service, Observations out) {
        NameTable table = tables.servicesOf(cipClass, service);
        int key = cipClass << 8 | service;
        if (key != lastNamed) {
            lastNamed = key;
            if (namedServices.size() < 256 && namedServices.add(key)) {
                out.command(PROTOCOL, table.nameOr(service, "Service 0x%02X"));
            }
        }
        ActivityType activity = table.activity(service);
        if (activity == null || activity == ActivityType.DISCOVERY && cipClass != CipService.IDENTITY) {
            return; // only identity reads are reconnaissance; other Get_Attributes_All are routine
        }
        String target = cipClass == CipPath.NONE ? "" : " (class " + Wire.hex(cipClass, 2)
                + (instance == CipPath.NONE ? "" : ", instance " + instance) + ")";
        out.activity(new Activity("enip", activity, table.nameOr(service, "Service 0x%02X") + target));
        if (activity == ActivityType.CONTROLLER_START || activity == ActivityType.CONTROLLER_STOP
                || activity == ActivityType.RESTART) {
            out.role(Side.SOURCE, "enip", Role.ENGINEERING);
        }
    }
}
