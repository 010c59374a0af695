package io.shogun.authkit.vectors;

import java.util.List;
import java.util.Objects;

/**
 * One HMAC-SHA256 known answer: {@code HMAC-SHA256(key, msg)}, truncated to {@code tagSizeBits}, is {@code tag}
 * exactly when {@code result} is valid.
 */
public record HmacVector(
        int tcId,
        String comment,
        List<String> flags,
        Expectation result,
        byte[] key,
        byte[] msg,
        byte[] tag,
        int tagSizeBits) implements VectorCase {

    public HmacVector {
        flags = List.copyOf(flags);
        key = key.clone();
        msg = msg.clone();
        tag = tag.clone();
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    @Override
    public byte[] msg() {
        return msg.clone();
    }

    @Override
    public byte[] tag() {
        return tag.clone();
    }

    @Override
    public String toString() {
        return displayName();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HmacVector that && tcId == that.tcId && comment.equals(that.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tcId, comment);
    }
}
