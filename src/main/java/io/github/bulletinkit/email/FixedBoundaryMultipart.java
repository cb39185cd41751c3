package io.github.bulletinkit.email;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;

/**
 * A multipart whose boundary is given rather than random: Jakarta Mail makes each {@link MimeMultipart}'s
 * boundary from a counter and the clock, so that the same bulletin would give other bytes every time.
 */
final class FixedBoundaryMultipart extends MimeMultipart {

    /**
     * A boundary that no part can contain: quoted-printable writes every {@code =} as {@code =3D}, and base64
     * has neither {@code =_} nor {@code .}, so a boundary holding {@code =_} never occurs in the parts.
     */
    FixedBoundaryMultipart(String subtype, String boundary) {
        super(subtype);
        ContentType type = new ContentType("multipart", subtype, null);
        type.setParameter("boundary", "=_" + boundary);
        contentType = type.toString();
    }
}
