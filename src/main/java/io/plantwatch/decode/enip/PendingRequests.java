package io.plantwatch.decode.enip;

/**
 * The last few CIP requests of a flow, so a reply (which names only its service) can be tied to the
 * class it answers: by sender context for unconnected messages, by sequence count for connected
 * ones. A fixed ring: bounded memory, no allocation per request. Not thread-safe.
 */
final class PendingRequests {
    private static final int SIZE = 16;

    private final long[] keys = new long[SIZE];
    private final int[] classes = new int[SIZE];
    private final int[] services = new int[SIZE];
    private final boolean[] routed = new boolean[SIZE];
    private final boolean[] used = new boolean[SIZE];
    private int next;

    /** Class of the request found by the last {@link #take}. */
    int cipClass;
    /** Service of the request found by the last {@link #take}. */
    int service;
    /** Whether that request went through Unconnected Send. */
    boolean viaUnconnectedSend;

    void put(long key, int cipClass, int service, boolean viaUnconnectedSend) {
        keys[next] = key;
        classes[next] = cipClass;
        services[next] = service;
        routed[next] = viaUnconnectedSend;
        used[next] = true;
        next = (next + 1) % SIZE;
    }

    /** Finds and forgets the newest request with this key; false when there is none. */
    boolean take(long key) {
        for (int i = 1; i <= SIZE; i++) {
            int slot = (next - i + SIZE) % SIZE;
            if (used[slot] && keys[slot] == key) {
                used[slot] = false;
                cipClass = classes[slot];
                service = services[slot];
                viaUnconnectedSend = routed[slot];
                return true;
            }
        }
        return false;
    }
}
