package io.plantwatch.decode.codes;

/**
 * What a flow's decoder already reported that a repeat would not change: commands already in the
 * connection's list and roles already noted. Polling repeats the same requests thousands of times,
 * so skipping the repeats keeps the per-PDU cost down. Not thread-safe (one per flow or direction).
 */
public final class FlowMemo {
    private static final int MAX_COMMANDS = 16;

    /** Made with the first command and grown to {@link #MAX_COMMANDS}: most flows repeat one or two. */
    private String[] commands;
    private int commandCount;
    private int done;

    /** True the first time this command (the same String instance) is seen; beyond 16, always true. */
    public boolean newCommand(String command) {
        for (int i = 0; i < commandCount; i++) {
            if (commands[i] == command) {
                return false;
            }
        }
        if (commands == null) {
            commands = new String[2];
        } else if (commandCount == commands.length && commandCount < MAX_COMMANDS) {
            commands = java.util.Arrays.copyOf(commands, commandCount * 2);
        }
        if (commandCount < commands.length) {
            commands[commandCount++] = command;
        }
        return true;
    }

    /** True the first time this flag (one of 32 bits, the caller's meaning) is asked for. */
    public boolean firstTime(int flag) {
        if ((done & flag) != 0) {
            return false;
        }
        done |= flag;
        return true;
    }
}
