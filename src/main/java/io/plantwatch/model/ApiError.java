package io.plantwatch.model;

/** Every error body: {@code {"error": "..."}}. */
public record ApiError(String error) {
}
