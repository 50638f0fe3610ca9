package io.plantwatch.decode.snmp;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.support.Ascii;
import io.plantwatch.decode.support.OsHints;
import io.plantwatch.decode.support.PortBound;
import io.plantwatch.decode.support.PortSet;

import java.util.ArrayList;
import java.util.List;

/**
 * SNMP v1 and v2c (UDP 161, 162; v3 only named). The community string travels in the clear and
 * is reported once per flow as a cleartext credential; an agent's answers about itself give its
 * description (sysDescr, with an OS hint), name (sysName) and product OID (sysObjectID); a Set is
 * a configuration change. Stateless and thread-safe; its flow decoders are not.
 */
public final class SnmpDecoder implements PortBound {
    static final String NAME = "snmp";
    private static final PortSet PORTS = PortSet.of(161, 162);
    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int OCTET_STRING = 0x04;
    private static final int OID = 0x06;
    private static final int V1_TRAP = 0xA4;
    private static final int MAX_COMMUNITIES = 4;
    private static final String[] PDU_NAMES = {"Get Request", "Get Next Request", "Get Response", "Set Request",
        "Trap", "Get Bulk Request", "Inform Request", "SNMPv2 Trap", "Report"};
    /** sysDescr.0, sysObjectID.0, sysName.0 (1.3.6.1.2.1.1.x.0), BER-encoded. */
    private static final byte[] SYS_DESCR = {0x2B, 6, 1, 2, 1, 1, 1, 0};
    private static final byte[] SYS_OBJECT_ID = {0x2B, 6, 1, 2, 1, 1, 2, 0};
    private static final byte[] SYS_NAME = {0x2B, 6, 1, 2, 1, 1, 5, 0};

    private final OsHints osHints;

    public SnmpDecoder(OsHints osHints) {
        this.osHints = osHints;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PortSet ports() {
        return PORTS;
    }

    @Override
    public FlowDecoder forFlow(Packet packet) {
        return packet.isUdp() && PORTS.either(packet) ? new Flow() : null;
    }

    private final class Flow implements FlowDecoder {
        private final List<String> communities = new ArrayList<>(2);

        @Override
        public void onPacket(Packet packet, Observations out) {
            if (packet.payloadLength() == 0) {
                return;
            }
            out.protocol(NAME);
            try {
                message(new Ber(packet.payloadBuffer(), packet.payloadOffset(),
                        packet.payloadOffset() + packet.payloadLength()), out);
            } catch (Ber.Malformed e) {
                out.malformed(NAME, e.getMessage());
            }
        }

        private void message(Ber outer, Observations out) throws Ber.Malformed {
            Ber message = outer.expect(SEQUENCE).enter();
            long version = message.expect(INTEGER).integer();
            if (version == 3) {
                return; // SNMPv3: the community is gone and the PDU may be encrypted
            }
            if (version != 0 && version != 1) {
                throw new Ber.Malformed("SNMP version " + version);
            }
            message.expect(OCTET_STRING);
            String community = Ascii.text(message.buffer(), message.valueOffset, message.valueLength, 64);
            message.skipValue();
            Ber pdu = message.next();
            int type = pdu.tag - 0xA0;
            if (type < 0 || type >= PDU_NAMES.length) {
                throw new Ber.Malformed(String.format("unknown PDU type 0x%02x", pdu.tag));
            }
            community(community, out);
            boolean fromAgent = type == 2 || type == 4 || type == 7 || type == 8;
            out.role(Side.SOURCE, NAME, fromAgent ? Role.SERVER : Role.CLIENT);
            if (type != 4 && type != 7 && type != 6) {
                out.role(Side.DESTINATION, NAME, fromAgent ? Role.CLIENT : Role.SERVER);
            }
            if (!fromAgent) {
                out.command(NAME, PDU_NAMES[type]);
            }
            if (type == 3) {
                out.activity(new Activity(NAME, ActivityType.CONFIGURATION_CHANGE, "SNMP Set Request"));
            }
            Ber fields = pdu.enter();
            if (pdu.tag == V1_TRAP) {
                fields.expect(OID).skipValue();
                fields.next().skipValue(); // agent address
                fields.expect(INTEGER).skipValue();
                fields.expect(INTEGER).skipValue();
                fields.next().skipValue(); // time stamp
            } else {
                fields.expect(INTEGER).skipValue();
                fields.expect(INTEGER).skipValue();
                fields.expect(INTEGER).skipValue();
            }
            Ber bindings = fields.expect(SEQUENCE).enter();
            while (bindings.more()) {
                Ber binding = bindings.expect(SEQUENCE).enter();
                binding.expect(OID);
                Ber oid = binding;
                boolean descr = fromAgent && oid.valueEquals(SYS_DESCR);
                boolean objectId = fromAgent && oid.valueEquals(SYS_OBJECT_ID);
                boolean name = fromAgent && oid.valueEquals(SYS_NAME);
                binding.skipValue();
                if (descr || objectId || name) {
                    binding.next();
                    value(binding, descr, objectId, out);
                }
            }
        }

        private void value(Ber value, boolean descr, boolean objectId, Observations out) {
            if (objectId && value.tag == OID) {
                out.identity(Side.SOURCE, Identity.PRODUCT_CODE, value.oid());
            } else if (value.tag == OCTET_STRING) {
                String text = Ascii.text(value.buffer(), value.valueOffset, value.valueLength, Ascii.MAX_TEXT);
                if (descr) {
                    osHints.report(Side.SOURCE, Identity.DESCRIPTION, text, out);
                } else if (!objectId) {
                    out.identity(Side.SOURCE, Identity.NAME, text);
                }
            }
        }

        private void community(String community, Observations out) {
            String key = community == null ? "" : community;
            if (communities.contains(key) || communities.size() >= MAX_COMMUNITIES) {
                return;
            }
            communities.add(key);
            out.activity(new Activity(NAME, ActivityType.CLEARTEXT_CREDENTIALS,
                    "SNMP community string '" + key + "' sent in the clear"));
        }
    }
}
