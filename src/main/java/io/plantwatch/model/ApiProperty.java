package io.plantwatch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One identity value a protocol stated ("firmware", "V2.8.3", "s7comm", 12 times). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiProperty(String field, String value, String protocol, long count) {
}
