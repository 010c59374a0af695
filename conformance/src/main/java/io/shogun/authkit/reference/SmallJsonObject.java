package io.shogun.authkit.reference;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable, insertion-ordered JSON object of at most {@link #MAX_MEMBERS} members, names and values side by
 * side in one array. At this size a linear scan finds a member faster than hashing, and the object costs two
 * allocations instead of a hash map's one per member. Member names are unique (the reader refuses duplicates).
 */
final class SmallJsonObject extends AbstractMap<String, Object> {

    /** The most members a small object holds; the reader uses a hash map beyond that. */
    static final int MAX_MEMBERS = 8;

    private final Object[] namesAndValues;
    private final int size;

    /** Takes ownership of {@code namesAndValues}: name, value, name, value... for {@code size} members. */
    SmallJsonObject(Object[] namesAndValues, int size) {
        this.namesAndValues = namesAndValues;
        this.size = size;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public Object get(Object name) {
        int index = indexOf(name);
        return index < 0 ? null : namesAndValues[index + 1];
    }

    @Override
    public Object getOrDefault(Object name, Object defaultValue) {
        int index = indexOf(name);
        return index < 0 ? defaultValue : namesAndValues[index + 1];
    }

    private int indexOf(Object name) {
        for (int i = 0; i < 2 * size; i += 2) {
            Object candidate = namesAndValues[i];
            if (candidate == name || candidate.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int at = 2 * next++;
                        return new SimpleImmutableEntry<>((String) namesAndValues[at], namesAndValues[at + 1]);
                    }
                };
            }
        };
    }
}
