package io.plantwatch.decode.cotp;

import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;

import java.nio.ByteBuffer;

/** Receives the complete user data of COTP data TPDUs (reassembled when fragmented). */
@FunctionalInterface
public interface CotpHandler {
    void onUserData(ByteBuffer buffer, int offset, int length, Packet packet, Observations out);
}
