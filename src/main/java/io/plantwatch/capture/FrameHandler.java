package io.plantwatch.capture;

/** Receives the frames of a {@link FrameSource}, in capture order, on the source's thread. */
@FunctionalInterface
public interface FrameHandler {
    void onFrame(Frame frame);

    /** A damaged part of the source; reading goes on where it can (see {@link CaptureProblem#fatal()}). */
    default void onProblem(CaptureProblem problem) {
    }
}
