package io.plantwatch.sensor.pipeline;

import io.plantwatch.capture.FrameSource;

import java.io.IOException;

/** The sources a pipeline reads one after another: replay files (perhaps looped) or a live interface. */
public interface FrameSources {
    /** The next source, or null when there are no more. */
    FrameSource next() throws IOException;

    /** Frames the capture layer dropped so far (libpcap's count; 0 for files). */
    default long drops() {
        return 0;
    }

    /** True for a live interface (frames come at the network's pace, with quiet spells). */
    default boolean live() {
        return false;
    }

    /** Whether frames should be paced ({@link Pacer}) to their recorded times: replay only. */
    default double speed() {
        return 0;
    }
}
