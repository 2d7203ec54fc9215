package io.github.wenshu.bench;

/**
 * One way of turning an input into a document, timed by {@link AlternatingRunner}.
 *
 * <pre>{@code
 * Contender<String> upper = Contender.of("upper", s -> s.toUpperCase().getBytes(UTF_8));
 * }</pre>
 *
 * @param <I> what a document is made from
 */
public interface Contender<I> {

    /** A short, unique name used in tables and the plot ("wenshu-pdf"). */
    String name();

    /** Untimed work before the first run on {@code input} (writing an input file, starting a service). */
    default void prepare(I input) throws Exception {
    }

    /** Makes one complete document from {@code input} and returns its bytes. */
    byte[] produce(I input) throws Exception;

    /** The body of a contender as a lambda. */
    interface Producer<I> {
        byte[] produce(I input) throws Exception;
    }

    static <I> Contender<I> of(String name, Producer<I> producer) {
        return new Contender<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public byte[] produce(I input) throws Exception {
                return producer.produce(input);
            }
        };
    }
}
