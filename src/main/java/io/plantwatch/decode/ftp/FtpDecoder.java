package io.plantwatch.decode.ftp;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.support.OsHints;
import io.plantwatch.decode.support.PortSet;
import io.plantwatch.decode.support.ServiceEnd;
import io.plantwatch.decode.support.StreamDecoder;
import io.plantwatch.decode.support.TextLine;

import java.util.Locale;

/**
 * FTP control connections (TCP 21): the server's greeting is its software; client commands are
 * the connection's commands; USER then PASS is a cleartext login, reported with the user name
 * (never the password). Data connections are not followed. Stateless and thread-safe; its flow
 * decoders are not.
 */
public final class FtpDecoder extends StreamDecoder {
    static final String NAME = "ftp";
    private static final int MAX_LINE = 512;
    private static final int MAX_LOGINS = 8;

    private final OsHints osHints;

    public FtpDecoder(OsHints osHints) {
        super(NAME, PortSet.of(21));
        this.osHints = osHints;
    }

    @Override
    protected FlowDecoder newFlow(ServiceEnd server) {
        return new Flow(server);
    }

    private final class Flow implements FlowDecoder {
        private final ServiceEnd server;
        private final TextLine fromClient = new TextLine(MAX_LINE);
        private final TextLine fromServer = new TextLine(MAX_LINE);
        private Observations out = Observations.NONE;
        private boolean greeted;
        private boolean rolesTold;
        private String user;
        private int logins;

        Flow(ServiceEnd server) {
            this.server = server;
        }

        @Override
        public void onPacket(Packet packet, Observations out) {
            if (packet.payloadLength() == 0) {
                return;
            }
            if (this.out != out) { // once: a store per packet into this old object dirties a GC card
                this.out = out;
            }
            out.protocol(NAME);
            boolean toServer = server.isDestinationOf(packet);
            if (!rolesTold) {
                server.tellRoles(packet, NAME, out);
                rolesTold = true;
            }
            if (toServer) {
                fromClient.feed(packet.payloadBuffer(), packet.payloadOffset(), packet.payloadLength(), this::command);
            } else {
                fromServer.feed(packet.payloadBuffer(), packet.payloadOffset(), packet.payloadLength(), this::reply);
            }
        }

        private void command(String line) {
            int space = line.indexOf(' ');
            String verb = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
            String argument = space < 0 ? null : line.substring(space + 1).strip();
            if (verb.length() < 3 || verb.length() > 4 || !verb.chars().allMatch(Character::isLetter)) {
                return; // not an FTP command: say nothing of it
            }
            out.command(NAME, verb);
            if (verb.equals("USER")) {
                user = argument;
            } else if (verb.equals("PASS") && logins < MAX_LOGINS) {
                logins++;
                out.activity(new Activity(NAME, ActivityType.CLEARTEXT_CREDENTIALS,
                        user != null ? "login as user " + user : "password sent without a user name"));
            }
        }

        private void reply(String line) {
            if (greeted || !line.startsWith("220")) {
                return;
            }
            greeted = true;
            String text = line.length() > 4 ? line.substring(4).strip() : null;
            if (text != null && !text.isEmpty()) {
                osHints.report(Side.SOURCE, Identity.SOFTWARE, text, out);
            }
        }
    }
}
