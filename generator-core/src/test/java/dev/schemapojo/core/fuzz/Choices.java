package dev.schemapojo.core.fuzz;

import java.util.List;

/**
 * Reads decisions out of a fuzzer's byte array, deterministically: the same bytes always give the
 * same decisions. Like Jazzer's {@code FuzzedDataProvider}, it takes the structural decisions
 * (numbers, booleans, picks) from the end of the array and the text of strings from the front, so
 * a mutation of a string's bytes does not shift every structural decision after it. When the bytes
 * run out, every decision is 0 (the first choice) and every string is empty, so any input, the
 * empty one included, decodes to something.
 *
 * <p>We use our own reader rather than {@code FuzzedDataProvider} so that the fuzz tests take a
 * plain {@code byte[]}: seeds are then ordinary files that a {@code @MethodSource} can feed both to
 * the regression run and to the fuzzer, and the decoding is ours to document and keep stable.
 */
final class Choices {
    /** Characters that a byte at or above 0x80 stands for in {@link #text(int)}: the awkward ones. */
    private static final String WIDE = "\u00e4\u00c4\u00df\u00e9\u00f6\u00d6\u00fc\u0131\u0130\u017f\u03a3\u03c3"
            + "\u0436\u65e5\u672c\u20ac\u00a0\u2028\u2029\u0085\u0000\u007f\u200b\ufeff\u0300\uffff"
            + "\ud800\udc00\u00b5\u1e9e\u2126\u212a";

    private final byte[] data;
    private int front;
    private int back;

    Choices(byte[] data) {
        this.data = data;
        this.front = 0;
        this.back = data.length;
    }

    /** How many bytes are still unread. */
    int remaining() {
        return back - front;
    }

    /** A number in {@code [0, bound)}; {@code bound} must be positive. One byte for bounds up to 256, two above. */
    int nextInt(int bound) {
        if (bound <= 1) {
            return 0;
        }
        int raw = takeBack();
        if (bound > 256) {
            raw = (raw << 8) | takeBack();
        }
        return raw % bound;
    }

    boolean nextBoolean() {
        return (takeBack() & 1) == 1;
    }

    /**
     * True with probability about {@code percent}%. Once the bytes have run out, the likelier answer:
     * true for 50% and more, false below.
     */
    boolean chance(int percent) {
        if (remaining() <= 0) {
            return percent >= 50;
        }
        return nextInt(100) < percent;
    }

    <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }

    /**
     * Up to {@code maxLength} characters taken from the front: bytes below 0x80 are themselves (control
     * characters included), bytes from 0x80 stand for one of a few awkward characters (non-ASCII
     * letters whose case mapping is special, Unicode line and paragraph separators, NUL, a zero-width
     * space, a byte order mark, a noncharacter, lone surrogates).
     */
    String text(int maxLength) {
        int length = nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length && front < back; i++) {
            int b = data[front++] & 0xff;
            char ch = b < 0x80 ? (char) b : WIDE.charAt(b % WIDE.length());
            // A lone surrogate makes most JSON parsers reject the file; keep it, but rarer.
            if (Character.isSurrogate(ch) && front < back && (data[front++] & 0xff) >= 0x40) {
                ch = '\u00e4';
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    private int takeBack() {
        if (back <= front) {
            return 0;
        }
        return data[--back] & 0xff;
    }
}
