package io.plantwatch.decode.mqtt;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.support.Ascii;

import java.nio.ByteBuffer;

/**
 * Reads one MQTT control packet: CONNECT (client id as the client's name; user name and password
 * flags as cleartext credentials, naming the user only), PUBLISH and SUBSCRIBE topics as commands.
 * Remembers the protocol level a CONNECT announced, since version 5 adds property blocks.
 * Not thread-safe; one per flow.
 */
final class MqttPacket {
    private static final int CONNECT = 1;
    private static final int PUBLISH = 3;
    private static final int SUBSCRIBE = 8;
    private static final int MAX_TOPICS = 8;
    private static final int MAX_LOGINS = 8;
    private static final String[] NAMES = {null, "Connect", "Connect Ack", "Publish", "Publish Ack", "Publish Received",
        "Publish Release", "Publish Complete", "Subscribe", "Subscribe Ack", "Unsubscribe", "Unsubscribe Ack",
        "Ping Request", "Ping Response", "Disconnect", "Authentication"};

    private int level = 4;
    private int logins;

    /** Thrown inside the reader when a field runs past the packet; caught here. */
    private static final class Truncated extends Exception {
        Truncated() {
            super(null, null, false, false);
        }
    }

    void read(ByteBuffer buffer, int offset, int length, boolean toBroker, Observations out) {
        int type = (buffer.get(offset) & 0xFF) >>> 4;
        int header = 2;
        while (header < 5 && (buffer.get(offset + header - 1) & 0x80) != 0) {
            header++;
        }
        Cursor c = new Cursor(buffer, offset + header, offset + length);
        try {
            if (type == CONNECT && toBroker) {
                connect(c, out);
            } else if (type == PUBLISH) {
                out.command(MqttDecoder.NAME, withTopic("Publish", c.string()));
            } else if (type == SUBSCRIBE && toBroker) {
                c.skip(2);
                properties(c);
                for (int i = 0; i < MAX_TOPICS && c.more(); i++) {
                    out.command(MqttDecoder.NAME, withTopic("Subscribe", c.string()));
                    c.skip(1);
                }
            } else if (type == 0) {
                out.malformed(MqttDecoder.NAME, "reserved packet type 0");
            } else if (NAMES[type] != null && toBroker) {
                out.command(MqttDecoder.NAME, NAMES[type]);
            }
        } catch (Truncated e) {
            out.malformed(MqttDecoder.NAME, "field past the end of a " + NAMES[Math.max(type, 1)] + " packet");
        }
    }

    private static String withTopic(String command, String topic) {
        return topic == null ? command : command + " " + topic;
    }

    private void connect(Cursor c, Observations out) throws Truncated {
        String protocol = c.string();
        level = c.u8();
        int flags = c.u8();
        c.skip(2); // keep alive
        properties(c);
        out.role(Side.SOURCE, MqttDecoder.NAME, Role.CLIENT);
        out.role(Side.DESTINATION, MqttDecoder.NAME, Role.SERVER);
        out.command(MqttDecoder.NAME, "Connect");
        if (protocol == null || !(protocol.equals("MQTT") || protocol.equals("MQIsdp"))) {
            out.malformed(MqttDecoder.NAME, "unknown protocol name " + protocol);
            return;
        }
        String clientId = c.string();
        if (clientId != null) {
            out.identity(Side.SOURCE, Identity.NAME, clientId);
        }
        if ((flags & 0x04) != 0) { // will: properties (v5), topic, payload
            properties(c);
            c.string();
            c.skip(c.u16());
        }
        String user = (flags & 0x80) != 0 ? c.string() : null;
        boolean password = (flags & 0x40) != 0;
        if ((user != null || password) && logins++ < MAX_LOGINS) {
            out.activity(new Activity(MqttDecoder.NAME, ActivityType.CLEARTEXT_CREDENTIALS,
                    user != null ? "connect as user " + user + (password ? " with a password" : "")
                            : "password sent without a user name"));
        }
    }

    /** Skips a version 5 property block (a variable-length length, then the properties). */
    private void properties(Cursor c) throws Truncated {
        if (level >= 5) {
            c.skip(c.varint());
        }
    }

    /** Bounded reads inside one packet. */
    private static final class Cursor {
        private final ByteBuffer buffer;
        private final int end;
        private int at;

        Cursor(ByteBuffer buffer, int at, int end) {
            this.buffer = buffer;
            this.at = at;
            this.end = end;
        }

        boolean more() {
            return at < end;
        }

        void skip(int n) throws Truncated {
            if (n < 0 || at + n > end) {
                throw new Truncated();
            }
            at += n;
        }

        int u8() throws Truncated {
            skip(1);
            return buffer.get(at - 1) & 0xFF;
        }

        int u16() throws Truncated {
            skip(2);
            return buffer.getShort(at - 2) & 0xFFFF;
        }

        int varint() throws Truncated {
            int value = 0;
            for (int i = 0; i < 4; i++) {
                int digit = u8();
                value |= (digit & 0x7F) << (7 * i);
                if ((digit & 0x80) == 0) {
                    return value;
                }
            }
            throw new Truncated();
        }

        /** A length-prefixed UTF-8 string, or null when empty. */
        String string() throws Truncated {
            int length = u16();
            skip(length);
            return Ascii.text(buffer, at - length, length, Ascii.MAX_TEXT);
        }
    }
}
