package io.github.bulletinkit.theme;

import io.github.bulletinkit.theme.Typeface.Face;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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
    /** The faces each fallback font names, in order; regular may be missing, which is already reported. */
    final List<Map<Face, String>> fallbacks = new ArrayList<>(0);
}
