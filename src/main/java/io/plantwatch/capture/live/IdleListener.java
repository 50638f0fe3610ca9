package io.plantwatch.capture.live;

/**
 * A {@link io.plantwatch.capture.FrameHandler} that also wants to hear when live capture waited a
 * read timeout without a frame, so that work due by time (a snapshot) is done on a quiet network.
 */
public interface IdleListener {
    /** Called on the capture thread after a read timeout passed without a frame. */
    void onIdle();
}
