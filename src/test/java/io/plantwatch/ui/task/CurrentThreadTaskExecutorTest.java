package io.plantwatch.ui.task;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The test executor runs work at once and calls exactly one outcome, as the FX one does later. */
class CurrentThreadTaskExecutorTest {
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final List<String> outcomes = new ArrayList<>();

    private <T> BackgroundTask<T> recorded(BackgroundWork<T> work) {
        return BackgroundTask.of("work", work)
                .onSuccess(value -> outcomes.add("success " + value))
                .onFailure(error -> outcomes.add("failure " + error.getMessage()))
                .onCancelled(() -> outcomes.add("cancelled"));
    }

    @Test
    void successFailureAndCancellationEachCallTheirOutcome() {
        TaskHandle done = tasks.execute(recorded(context -> {
            context.progress(1, 4);
            context.message("a quarter");
            return 42;
        }));
        assertThat(done.progressProperty().get()).isEqualTo(0.25);
        assertThat(done.messageProperty().get()).isEqualTo("a quarter");
        assertThat(done.isRunning()).isFalse();
        tasks.execute(recorded(context -> {
            throw new IllegalStateException("broken");
        }));
        tasks.execute(recorded(context -> {
            context.cancellation().cancel();
            return 1;
        }));
        assertThat(outcomes).containsExactly("success 42", "failure broken", "cancelled");
        assertThat(tasks.running()).isEmpty();
    }
}
