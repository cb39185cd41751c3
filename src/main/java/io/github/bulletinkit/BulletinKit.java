package io.github.bulletinkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Facts about this library itself. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class BulletinKit {

    private static final String VERSION = readVersion();

    private BulletinKit() {
    }

    /**
     * This library's version, as built into its jar.
     *
     * @return the version, such as {@code 0.1.0}; never null
     */
    public static String version() {
        return VERSION;
    }

    /**
     * How documents name the program that made them, in their metadata.
     *
     * @return {@code BulletinKit} and the version, such as {@code BulletinKit 0.1.0}; never null
     * @since 0.2.0
     */
    public static String creator() {
        return "BulletinKit " + VERSION;
    }

    private static String readVersion() {
        try (InputStream in = BulletinKit.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
