package io.plantwatch.decode.dns;

import io.plantwatch.decode.Activity;

/**
 * The last name a flow's queries asked for, as its bytes on the wire, and the host-name activity
 * made of it (null when the name makes none): a client asks for the same name again and again,
 * and turning the bytes into a lower-case string and an activity each time cost more than the
 * rest of the query. Only names without compression pointers are remembered, since only those
 * are told by their own bytes. A flow's decoder may extend this (one object fewer per flow).
 * Not thread-safe (one per flow).
 */
class AskedNames {
    private byte[] wire;
    private Activity activity;

    /** Whether the message's first question is the name remembered last. */
    boolean knows(DnsMessage message, int wireLength) {
        return wire != null && wire.length == wireLength && message.firstQuestionIs(wire, wireLength);
    }

    /** The activity made of the name remembered, or null when it made none. */
    Activity activity() {
        return activity;
    }

    void remember(DnsMessage message, int wireLength, Activity made) {
        wire = message.firstQuestionBytes(wireLength);
        activity = made;
    }
}
