package io.github.wenshu.export;

import java.time.Instant;

/**
 * Where the time written into documents comes from: {@code SOURCE_DATE_EPOCH} for reproducible builds.
 *
 * <pre>{@code
 * Instant t = Timestamps.parse("1734566400");   // 2024-12-19T00:00:00Z
 * }</pre>
 */
public final class Timestamps {

    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    private Timestamps() {
    }

    /** {@code SOURCE_DATE_EPOCH} when set and valid, otherwise the current second. */
    public static Instant fromEnvironment() {
        String epoch = System.getenv(SOURCE_DATE_EPOCH);
        if (epoch != null && !epoch.isBlank()) {
            return parse(epoch);
        }
        return Instant.ofEpochSecond(Instant.now().getEpochSecond());
    }

    /**
     * Reads seconds since 1970-01-01T00:00:00Z.
     *
     * @throws IllegalArgumentException when the text is not a whole non-negative number
     */
    public static Instant parse(String epochSeconds) {
        try {
            long seconds = Long.parseLong(epochSeconds.trim());
            if (seconds < 0) {
                throw new NumberFormatException();
            }
            return Instant.ofEpochSecond(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SOURCE_DATE_EPOCH + " must be whole seconds since 1970, was '"
                    + epochSeconds + "'");
        }
    }
}
