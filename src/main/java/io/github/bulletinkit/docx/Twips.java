package io.github.bulletinkit.docx;

import java.math.BigInteger;

/** Word's unit of length, the twentieth of a point. */
final class Twips {

    private Twips() {
    }

    static long of(float points) {
        return Math.round(points * 20.0);
    }

    static BigInteger big(float points) {
        return BigInteger.valueOf(of(points));
    }
}
