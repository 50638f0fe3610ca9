package io.plantwatch.launch;

/** A child JVM's main for {@link ChildJvmTest}: exits with the code it is given. */
public final class ExitWith {
    private ExitWith() {
    }

    public static void main(String[] args) {
        System.exit(Integer.parseInt(args[0]));
    }
}
