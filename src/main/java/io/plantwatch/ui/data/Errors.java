package io.plantwatch.ui.data;

/** Turns an exception into a sentence for the user: the innermost useful message. Stateless. */
public final class Errors {
    private Errors() {
    }

    public static String message(Throwable error) {
        Throwable current = error;
        String message = null;
        while (current != null) {
            if (current.getMessage() != null && !current.getMessage().isBlank()) {
                message = current.getMessage();
            }
            if (current.getCause() == current) {
                break;
            }
            current = current.getCause();
            if (message != null) {
                break;
            }
        }
        return message != null ? message : error.getClass().getSimpleName();
    }
}
