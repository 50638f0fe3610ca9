package io.plantwatch.sensor.pipeline;

import io.plantwatch.capture.CaptureFiles;
import io.plantwatch.capture.FrameSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Capture files to replay in order, once or looping forever. Not thread-safe: the pipeline
 * thread asks for the next file.
 */
public final class ReplayFiles implements FrameSources {
    private final List<Path> files;
    private final double speed;
    private final boolean loop;
    private int index;

    /** @param speed 1 for the recorded pace, 2 for twice as fast, 0 for as fast as possible */
    public ReplayFiles(List<Path> files, double speed, boolean loop) {
        this.files = List.copyOf(files);
        this.speed = speed;
        this.loop = loop;
    }

    @Override
    public FrameSource next() throws IOException {
        if (index >= files.size()) {
            if (!loop || files.isEmpty()) {
                return null;
            }
            index = 0;
        }
        return CaptureFiles.open(files.get(index++));
    }

    @Override
    public double speed() {
        return speed;
    }
}
