package dev.medlint.core.util;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An unmodifiable list computed the first time it is read, once, however many threads read it. Reports carry the
 * descriptions of the rules they ran this way: describing a rule builds it, and the text report never reads them.
 */
public final class LazyList<T> extends AbstractList<T> implements RandomAccess {
    private final Supplier<List<T>> compute;
    private volatile List<T> value;

    private LazyList(Supplier<List<T>> compute) {
        this.compute = compute;
    }

    /** A list whose elements {@code compute} gives when first read. */
    public static <T> List<T> of(Supplier<List<T>> compute) {
        return new LazyList<>(compute);
    }

    /** A lazy list as it is (still lazy), any other list as {@link List#copyOf} gives it. */
    public static <T> List<T> copyOf(List<T> list) {
        return list instanceof LazyList<T> ? list : List.copyOf(list);
    }

    private List<T> value() {
        List<T> v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = List.copyOf(compute.get());
                    value = v;
                }
            }
        }
        return v;
    }

    @Override
    public T get(int index) {
        return value().get(index);
    }

    @Override
    public int size() {
        return value().size();
    }
}
