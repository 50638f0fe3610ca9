package io.plantwatch.capture;

/**
 * Something wrong in a capture source, located precisely enough for an operator to look.
 *
 * @param source the file (or interface) name
 * @param offset byte offset in the source where the problem starts
 * @param message what is wrong, in plain words
 * @param fatal true when reading of this source stopped here
 */
public record CaptureProblem(String source, long offset, String message, boolean fatal) {
    @Override
    public String toString() {
        return source + " at offset " + offset + ": " + message + (fatal ? " (reading stopped)" : "");
    }
}
