package io.plantwatch.analysis;

/** Told how far an analysis has come; called from the analysing thread. */
@FunctionalInterface
public interface Progress {
    /**
     * @param file the file being read
     * @param bytesDone bytes read of all files so far
     * @param bytesTotal size of all files (-1 when some size is unknown)
     */
    void update(String file, long bytesDone, long bytesTotal);

    Progress NONE = (file, done, total) -> { };
}
