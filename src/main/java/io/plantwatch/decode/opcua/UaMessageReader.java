package io.plantwatch.decode.opcua;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.decode.Identity;
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
 * Reads OPC UA Connection Protocol messages (Part 6, 7.1) and counts each service's type id as
 * Wireshark 4.0 does: it reads the body of every OPN, MSG and CLO at the plaintext offsets whatever
 * the security policy, and shows a numeric id whenever the first byte there is a numeric node-id
 * encoding, so encrypted bodies yield an id only by chance, exactly as in tshark. Identities are
 * read only on channels whose security policy is None. A message cut into chunks counts once, on
 * its final chunk. One instance per flow. Not thread-safe.
 */
final class UaMessageReader {
    static final String PROTOCOL = "opcua";
    private static final String POLICY_NONE = "http://opcfoundation.org/UA/SecurityPolicy#None";

    static final int GET_ENDPOINTS_RESPONSE = 431;
    static final int CREATE_SESSION_REQUEST = 461;
    static final int CREATE_SESSION_RESPONSE = 464;
    private static final int NO_SERVICE = -1;

    private final NameTable services;
    private final Cursor cursor = new Cursor();
    private final Set<Integer> named = new HashSet<>();
    /** Per direction (0 first talker, 1 its peer): the service of a message whose chunks are pending. */
    private final int[] pendingService = {NO_SERVICE, NO_SERVICE};
    private final boolean[] chunking = new boolean[2];
    private boolean plaintext;
    private boolean rolesTold;

    UaMessageReader(NameTable services) {
        this.services = services;
    }

    void message(ByteBuffer b, int offset, int length, int direction, Observations out) {
        out.protocol(PROTOCOL);
        Cursor c = cursor.reset(b, offset, length);
        try {
            int type = c.u8() | c.u8() << 8 | c.u8() << 16;
            int chunk = c.u8();
            c.skip(4); // message size
            switch (type) {
                case UaMessageType.HELLO -> hello(c, out);
                case UaMessageType.OPEN -> {
                    c.skip(4); // secure channel id
                    String policy = UaReader.string(c);
                    plaintext = POLICY_NONE.equals(policy);
                    UaReader.skipBytes(c); // sender certificate
                    UaReader.skipBytes(c); // receiver certificate thumbprint
                    c.skip(8); // sequence number, request id
                    body(c, chunk, direction, out);
                }
                case UaMessageType.MESSAGE, UaMessageType.CLOSE -> {
                    c.skip(16); // channel id, token id, sequence number, request id
                    body(c, chunk, direction, out);
                }
                default -> {
                    // ACK, ERR and reverse hello carry no service
                }
            }
        } catch (Cursor.Truncated e) {
            out.malformed(PROTOCOL, "OPC UA message truncated");
        }
    }

    private void hello(Cursor c, Observations out) {
        c.skip(20); // version, buffer sizes, max message size, max chunk count
        String url = UaReader.string(c);
        roles(out);
        if (url != null && Wire.printable(url)) {
            out.identity(Side.DESTINATION, Identity.DESCRIPTION, "OPC UA endpoint " + url);
        }
    }

    private void roles(Observations out) {
        if (!rolesTold) {
            rolesTold = true;
            out.role(Side.SOURCE, PROTOCOL, Role.CLIENT);
            out.role(Side.DESTINATION, PROTOCOL, Role.SERVER);
        }
    }

    private void body(Cursor c, int chunk, int direction, Observations out) {
        if (chunk == UaMessageType.CHUNK_ABORT) {
            chunking[direction] = false;
            pendingService[direction] = NO_SERVICE;
            return;
        }
        if (chunk == UaMessageType.CHUNK_INTERMEDIATE) {
            if (!chunking[direction]) {
                chunking[direction] = true;
                pendingService[direction] = serviceId(c);
            }
            return;
        }
        int service;
        boolean single = !chunking[direction];
        if (single) {
            service = serviceId(c);
        } else {
            service = pendingService[direction];
            chunking[direction] = false;
            pendingService[direction] = NO_SERVICE;
        }
        if (service == NO_SERVICE) {
            return;
        }
        out.function(PROTOCOL, service);
        tell(service, out);
        if (single && plaintext) {
            identities(c, service, out);
        }
    }

    /** The type id's numeric value when its encoding byte is a numeric form, as tshark shows it. */
    private static int serviceId(Cursor c) {
        int encoding = c.u8();
        switch (encoding) {
            case 0x00:
                return c.u8();
            case 0x01:
                c.skip(1);
                return c.u16le();
            case 0x02:
                c.skip(2);
                long id = c.u32le();
                return id > Integer.MAX_VALUE ? NO_SERVICE : (int) id;
            default:
                return NO_SERVICE;
        }
    }

    private void tell(int service, Observations out) {
        String name = services.name(service);
        if (name == null || !name.endsWith("Request")) {
            return;
        }
        String command = name.substring(0, name.length() - "Request".length());
        if (named.size() < 128 && named.add(service)) {
            out.command(PROTOCOL, command);
        }
        ActivityType activity = services.activity(service);
        if (activity != null) {
            out.activity(new Activity(PROTOCOL, activity, command));
        }
    }

    private static void identities(Cursor c, int service, Observations out) {
        switch (service) {
            case GET_ENDPOINTS_RESPONSE -> {
                UaReader.skipResponseHeader(c);
                if (c.s32le() > 0) {
                    ApplicationDescription.readEndpoint(c, out, Side.SOURCE).report(out, Side.SOURCE);
                }
            }
            case CREATE_SESSION_REQUEST -> {
                UaReader.skipRequestHeader(c);
                ApplicationDescription.read(c).report(out, Side.SOURCE);
            }
            case CREATE_SESSION_RESPONSE -> {
                UaReader.skipResponseHeader(c);
                UaReader.skipNodeId(c, false); // session id
                UaReader.skipNodeId(c, false); // authentication token
                c.skip(8); // revised session timeout
                UaReader.skipBytes(c); // server nonce
                UaReader.skipBytes(c); // server certificate
                if (c.s32le() > 0) {
                    ApplicationDescription.readEndpoint(c, out, Side.SOURCE).report(out, Side.SOURCE);
                }
            }
            default -> {
            }
        }
    }
}
