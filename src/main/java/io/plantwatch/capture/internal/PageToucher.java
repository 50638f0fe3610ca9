package io.plantwatch.capture.internal;

import java.nio.MappedByteBuffer;

/**
 * Touches one byte per page of a fresh mapping on its own daemon thread, so the page faults that
 * map the file into the process are taken on another core instead of in the reader's hot loop
 * (about a sixth of the analysing thread's CPU on a 1 GB capture). Reads only; stops when asked or
 * at the end of the mapping. It holds its own reference to the buffer, so the mapping stays valid
 * while it runs even if the input is closed meanwhile.
 */
final class PageToucher implements Runnable {
    private static final int PAGE = 4096;

    private final MappedByteBuffer mapping;
    private volatile boolean stopped;
    /** Sum of the bytes read, kept so the reads cannot be optimised away. */
    private long checksum;

    private PageToucher(MappedByteBuffer mapping) {
        this.mapping = mapping;
    }

    static PageToucher start(MappedByteBuffer mapping, String name) {
        PageToucher toucher = new PageToucher(mapping);
        Thread thread = new Thread(toucher, "page-toucher " + name);
        thread.setDaemon(true);
        thread.start();
        return toucher;
    }

    @Override
    public void run() {
        long sum = 0;
        int end = mapping.capacity();
        for (int at = 0; at < end && !stopped; at += PAGE) {
            sum += mapping.get(at);
        }
        checksum = sum;
    }

    void stop() {
        stopped = true;
    }
}
