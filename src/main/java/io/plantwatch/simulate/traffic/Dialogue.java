package io.plantwatch.simulate.traffic;

import io.plantwatch.simulate.protocol.FrameBuffer;

/**
 * The application messages of one session, as three scripts: an opening exchanged once after
 * connecting, a cycle repeated at the polling interval, and a closing before disconnecting. Each
 * message says which side sends it and writes its payload. Not thread-safe (sessions keep
 * counters such as transaction ids).
 */
public interface Dialogue {

    /** Messages exchanged once after connecting; 0 for a session that starts cycling at once. */
    default int openingLength() {
        return 0;
    }

    default boolean openingFromClient(int message) {
        return true;
    }

    default void writeOpening(int message, FrameBuffer frame) {
        throw new IllegalStateException("no opening");
    }

    /** Messages per cycle; 0 for a session that only opens and closes. */
    default int cycleLength() {
        return 0;
    }

    default boolean cycleFromClient(int message) {
        return message % 2 == 0;
    }

    default void writeCycle(int message, long cycle, FrameBuffer frame) {
        throw new IllegalStateException("no cycle");
    }

    default int closingLength() {
        return 0;
    }

    default boolean closingFromClient(int message) {
        return true;
    }

    default void writeClosing(int message, FrameBuffer frame) {
        throw new IllegalStateException("no closing");
    }
}
