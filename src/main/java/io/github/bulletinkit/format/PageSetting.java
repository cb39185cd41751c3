package io.github.bulletinkit.format;

/**
 * A setting of the page that can be chosen or left at its default; see {@link RenderOptions#chosenPage()}.
 *
 * @since 0.2.0
 */
public enum PageSetting {
    /** The paper size. */
    SIZE,
    /** Portrait or landscape. */
    ORIENTATION,
    /** The margins. */
    MARGINS
}
