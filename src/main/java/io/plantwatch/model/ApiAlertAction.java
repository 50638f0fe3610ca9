package io.plantwatch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The body of {@code PUT /api/v1/alerts/{uuid}}: Defender's {@code handle} and
 * {@code handleAndLearn}, and Plantwatch's {@code mute}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiAlertAction(String action) {
    public static final String HANDLE = "handle";
    public static final String HANDLE_AND_LEARN = "handleAndLearn";
    public static final String MUTE = "mute";
}
