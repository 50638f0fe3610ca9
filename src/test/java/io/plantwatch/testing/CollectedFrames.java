package io.plantwatch.testing;

import io.plantwatch.capture.CaptureFiles;
import io.plantwatch.capture.CaptureProblem;
import io.plantwatch.capture.Frame;
import io.plantwatch.capture.FrameHandler;
import io.plantwatch.capture.FrameSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a capture completely and keeps copies of its frames and problems, for assertions. */
public final class CollectedFrames implements FrameHandler {
    /** A copied frame. */
    public record Copy(byte[] data, int originalLength, long timestampNanos, int linkType, long sourceOffset) {
    }

    public final List<Copy> frames = new ArrayList<>();
    public final List<CaptureProblem> problems = new ArrayList<>();

    public static CollectedFrames read(Path file) throws IOException {
        CollectedFrames collected = new CollectedFrames();
        try (FrameSource source = CaptureFiles.open(file)) {
            source.forEach(collected);
        }
        return collected;
    }

    @Override
    public void onFrame(Frame frame) {
        frames.add(new Copy(frame.copyBytes(), frame.originalLength(), frame.timestampNanos(), frame.linkType(),
                frame.sourceOffset()));
    }

    @Override
    public void onProblem(CaptureProblem problem) {
        problems.add(problem);
    }
}
