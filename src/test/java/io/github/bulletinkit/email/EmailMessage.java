package io.github.bulletinkit.email;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Properties;

/** An email read back with Jakarta Mail, as a mail client would read it. */
record EmailMessage(MimeMessage message) {

    static EmailMessage read(byte[] eml) {
        try {
            return new EmailMessage(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml)));
        } catch (MessagingException e) {
            throw new AssertionError("not a MIME message", e);
        }
    }

    /** The top-level multipart/alternative. */
    Multipart alternative() throws MessagingException, IOException {
        return (Multipart) message.getContent();
    }

    /** The first part, the plain text. */
    BodyPart plainPart() throws MessagingException, IOException {
        return alternative().getBodyPart(0);
    }

    /** The multipart/related that holds the HTML and the logo. */
    Multipart related() throws MessagingException, IOException {
        return (Multipart) alternative().getBodyPart(1).getContent();
    }

    /** The HTML part, inside multipart/related when there is a logo. */
    BodyPart htmlPart() throws MessagingException, IOException {
        BodyPart second = alternative().getBodyPart(1);
        return second.isMimeType("multipart/related") ? related().getBodyPart(0) : second;
    }

    String plainText() throws MessagingException, IOException {
        return (String) plainPart().getContent();
    }

    String html() throws MessagingException, IOException {
        return (String) htmlPart().getContent();
    }
}
