package io.plantwatch.decode.codes;

/**
 * What a flow's decoder already reported that a repeat would not change: commands already in the
 * connection's list and roles already noted. Polling repeats the same requests thousands of times,
 * so skipping the repeats keeps the per-PDU cost down.
 * Not thread-safe (one per flow or direction).
 */
public final class FlowMemo {
    private static final int MAX_COMMANDS = 16;

    /** Marks {@link #firstCommand} as not seen yet (a command may be null). */
    private static final String NONE_YET = new String("none yet");

    /** The first command, here: most flows repeat one, and this object is in hand already. */
    private String firstCommand = NONE_YET;
    /** The others, made with the second and grown to {@link #MAX_COMMANDS} - 1. */
    private String[] commands;
    private int commandCount;
    private int done;

    /** True the first time this command (the same String instance) is seen; beyond 16, always true. */
    public boolean newCommand(String command) {
        if (command == firstCommand) {
            return false;
        }
        if (firstCommand == NONE_YET) {
            firstCommand = command;
            return true;
        }
        for (int i = 0; i < commandCount; i++) {
            if (commands[i] == command) {
                return false;
            }
        }
        if (commands == null) {
            commands = new String[2];
        } else if (commandCount == commands.length && commandCount < MAX_COMMANDS - 1) {
            commands = java.util.Arrays.copyOf(commands, Math.min(MAX_COMMANDS - 1, commandCount * 2));
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
