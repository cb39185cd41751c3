package io.github.bulletinkit.email;

import io.github.bulletinkit.theme.Logo;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;

/**
 * The MIME message (RFC 5322, RFC 2046), built with Jakarta Mail: an unsent draft, {@code X-Unsent: 1}, with
 * neither sender nor recipients, which Outlook opens ready to address and send. Its parts are
 * {@code multipart/alternative}: the plain text first, then the HTML, which is {@code multipart/related} with
 * the logo when there is one. Nothing in it comes from the clock or chance: the date is the options', the
 * {@code Message-ID}, the logo's {@code Content-ID} and the boundaries are digests of the content.
 */
final class Draft {

    /** A domain that is never anyone's (RFC 2606), for identifiers that must look like addresses. */
    static final String DOMAIN = "bulletinkit.invalid";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final String subject;
    private final String language;
    private final Instant date;

    Draft(String subject, String language, Instant date) {
        this.subject = subject;
        this.language = language;
        this.date = date;
    }

    /** The logo's {@code Content-ID}, without its angle brackets: the HTML shows it from {@code cid:} this. */
    static String contentId(Logo logo) {
        return "logo." + digest(logo.image()).substring(0, 24) + "@" + DOMAIN;
    }

    /** The whole message, as bytes. */
    byte[] write(String text, String html, Optional<Logo> logo) {
        try {
            String digest = digest((subject + '\n' + text + '\n' + html).getBytes(StandardCharsets.UTF_8),
                    logo.map(Logo::image).orElse(new byte[0]));
            MimeMultipart alternative = new FixedBoundaryMultipart("alternative", "alternative." + digest.substring(0, 24));
            alternative.addBodyPart(textPart(text, "plain"));
            if (logo.isPresent()) {
                MimeMultipart related = new FixedBoundaryMultipart("related", "related." + digest.substring(0, 24));
                related.addBodyPart(textPart(html, "html"));
                related.addBodyPart(imagePart(logo.get()));
                MimeBodyPart holder = new MimeBodyPart();
                holder.setContent(related);
                alternative.addBodyPart(holder);
            } else {
                alternative.addBodyPart(textPart(html, "html"));
            }
            MimeMessage message = new DraftMessage("<" + digest.substring(0, 32) + "@" + DOMAIN + ">");
            message.setSubject(subject, "UTF-8");
            // Jakarta Mail's own date would be in this machine's time zone; UTC makes the same bytes anywhere.
            message.setHeader("Date", DATE.format(date));
            message.setHeader("X-Unsent", "1");
            message.setHeader("Content-Language", language);
            message.setContent(alternative);
            // Angus Mail's quoted-printable encoder writes a byte at a time, and the JDK's ByteArrayOutputStream
            // takes a lock for each: unsynchronised, a long bulletin's email is written in half the time.
            UnsynchronizedByteArrayOutputStream bytes = UnsynchronizedByteArrayOutputStream.builder().get();
            message.writeTo(bytes);
            return bytes.toByteArray();
        } catch (MessagingException | IOException e) {
            // Only memory is written to here; Jakarta Mail refusing what we built is a bug of ours.
            throw new IllegalStateException("could not assemble the email", e);
        }
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8", subtype);
        // Always quoted-printable: readable where it is plain, and no line longer than 76 characters.
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    private static MimeBodyPart imagePart(Logo logo) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(logo.image(), logo.mediaType())));
        part.setContentID("<" + contentId(logo) + ">");
        part.setDisposition(Part.INLINE);
        part.setFileName("logo." + logo.mediaType().substring(logo.mediaType().indexOf('/') + 1));
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static String digest(byte[]... contents) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] content : contents) {
                sha.update(content);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A message whose {@code Message-ID} is the given one, not Jakarta Mail's, made of the clock and a counter. */
    private static final class DraftMessage extends MimeMessage {
        private final String messageId;

        DraftMessage(String messageId) {
            super(Session.getInstance(new Properties()));
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
