package io.abaco.pipeline.transform;

import io.abaco.fs.Hashing;
import java.security.MessageDigest;

/**
 * HMAC-SHA256 (RFC 2104) for many short messages under one key. The key's inner and outer pad blocks are hashed
 * once, and each message starts from copies of those two states, so a short message costs two SHA-256 compressions
 * instead of the four of {@code Mac.getInstance("HmacSHA256")}, which hashes both pads again for every message. The
 * result is the same (HmacSha256Test compares them). Not thread-safe.
 */
final class HmacSha256 {
    private static final int BLOCK_BYTES = 64;

    private final MessageDigest innerStart;
    private final MessageDigest outerStart;

    HmacSha256(byte[] key) {
        byte[] block = key.length > BLOCK_BYTES ? Hashing.sha256().digest(key) : key;
        byte[] innerPad = new byte[BLOCK_BYTES];
        byte[] outerPad = new byte[BLOCK_BYTES];
        for (int i = 0; i < BLOCK_BYTES; i++) {
            byte keyByte = i < block.length ? block[i] : 0;
            innerPad[i] = (byte) (keyByte ^ 0x36);
            outerPad[i] = (byte) (keyByte ^ 0x5C);
        }
        innerStart = Hashing.sha256();
        innerStart.update(innerPad);
        outerStart = Hashing.sha256();
        outerStart.update(outerPad);
    }

    /** The 32-byte HMAC of {@code message}. */
    byte[] mac(byte[] message) {
        MessageDigest inner = copy(innerStart);
        inner.update(message);
        MessageDigest outer = copy(outerStart);
        outer.update(inner.digest());
        return outer.digest();
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the platform's SHA-256 can be cloned", e);
        }
    }
}
