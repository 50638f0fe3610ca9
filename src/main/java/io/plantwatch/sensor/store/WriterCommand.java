package io.plantwatch.sensor.store;

import java.util.concurrent.CompletableFuture;

/**
 * A change the API asks the writer to make, so that all writes (and so all change cursors) come
 * from one thread. The writer completes {@link #reply} with the outcome.
 */
public sealed interface WriterCommand {
    /** {@code handle}, {@code handleAndLearn} or {@code mute} an alert. */
    record AlertAction(String uuid, String action, CompletableFuture<ActionReply> reply) implements WriterCommand {
    }

    record SetLearning(boolean on, CompletableFuture<ActionReply> reply) implements WriterCommand {
    }

    /** An event the service itself makes (TI package uploaded or failed). */
    record RecordEvent(String type, String title, String severity, String content,
                       CompletableFuture<ActionReply> reply) implements WriterCommand {
    }

    /** The outcome: an HTTP status and Defender's message ({@code content} or {@code error}). */
    record ActionReply(int status, String message) {
        public boolean ok() {
            return status < 400;
        }
    }

    CompletableFuture<ActionReply> reply();
}
