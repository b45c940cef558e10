package com.homeroom.intake.value;

/**
 * The outcome of reading one cell against one rule. Empty is kept apart from Invalid because the
 * contract treats a blank optional cell as "not given" but a blank required cell as a reject.
 *
 * @param <T> the contract value
 */
public sealed interface Parsed<T> {

    record Ok<T>(T value) implements Parsed<T> {}

    record Empty<T>() implements Parsed<T> {}

    /**
     * @param code   rule code (UPPER_SNAKE), see {@link RuleCodes}
     * @param reason tail of the clerk's message, e.g. {@code 超出满分15}
     */
    record Invalid<T>(String code, String reason) implements Parsed<T> {}

    static <T> Parsed<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Parsed<T> empty() {
        return new Empty<>();
    }

    static <T> Parsed<T> invalid(String code, String reason) {
        return new Invalid<>(code, reason);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    default boolean isEmpty() {
        return this instanceof Empty;
    }

    default boolean isInvalid() {
        return this instanceof Invalid;
    }

    /** The value when Ok, otherwise null. */
    default T value() {
        return null;
    }
}
