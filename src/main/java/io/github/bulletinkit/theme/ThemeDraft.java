package io.github.bulletinkit.theme;

import io.github.bulletinkit.theme.Typeface.Face;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a theme file says, as read: the colours and the logo's height already set on a builder, and the files
 * it names still to be read. A field left null is absent or could not be read. Not thread-safe.
 */
final class ThemeDraft {

    final Theme.Builder builder = Theme.builder();
    boolean logo;
    String logoImage;
    String logoDescription;
    boolean fonts;
    final Map<Face, String> faces = new EnumMap<>(Face.class);
    String wordTemplate;
}
