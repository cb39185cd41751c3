package io.github.bulletinkit.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineMarkupTest {

    private static List<String> problems(String html) {
        InvalidBulletinException e = catchThrowableOfType(InvalidBulletinException.class, () -> InlineMarkup.parse(html));
        assertThat(e).as("problems of %s", html).isNotNull();
        return e.problems().stream().map(Problem::message).toList();
    }

    @Test
    void plainTextIsOneRun() {
        assertThat(InlineMarkup.parse("The report found that 775 children were placed.").runs())
                .containsExactly(Run.plain("The report found that 775 children were placed."));
    }

    @Test
    void emphasisAndLinksBecomeRuns() {
        RichText text = InlineMarkup.parse(
                "A <b>bold</b>, <strong>strong</strong>, <i>italic</i>, <em>em</em>, <u>underlined</u> and "
                        + "<a href=\"https://example.org/?a=1&amp;b=2#top\"><b>linked</b> text</a>.");
        assertThat(text.runs()).containsExactly(
                Run.plain("A "), Run.styled("bold", Style.BOLD), Run.plain(", "), Run.styled("strong", Style.BOLD),
                Run.plain(", "), Run.styled("italic", Style.ITALIC), Run.plain(", "), Run.styled("em", Style.ITALIC),
                Run.plain(", "), Run.styled("underlined", Style.UNDERLINE), Run.plain(" and "),
                Run.link("linked", "https://example.org/?a=1&b=2#top", Style.BOLD),
                Run.link(" text", "https://example.org/?a=1&b=2#top"), Run.plain("."));
    }

    @Test
    void nestedEmphasisCombines() {
        assertThat(InlineMarkup.parse("<b><i><u>all three</u></i></b>").runs())
                .containsExactly(Run.styled("all three", Style.BOLD, Style.ITALIC, Style.UNDERLINE));
    }

    @Test
    void aStrayLessThanOrAmpersandIsText() {
        assertThat(InlineMarkup.parse("children aged <5 & Tom & Jerry; a < b; R&D; &foo;").plainText())
                .isEqualTo("children aged <5 & Tom & Jerry; a < b; R&D; &foo;");
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(InlineMarkup.parse("&amp; &lt;b&gt; &#8217; &eacute; &nbsp;").plainText())
                .isEqualTo("& <b> \u2019 \u00e9 \u00a0");
    }

    @Test
    void unsupportedTagsAreNamed() {
        assertThat(problems("a <script>alert(1)</script>")).containsExactly(
                "unsupported tag <script> at character 3; only b, strong, i, em, u, a and span are allowed");
        assertThat(problems("see <img src=x.png>")).containsExactly(
                "unsupported tag <img> at character 5; only b, strong, i, em, u, a and span are allowed");
    }

    @Test
    void unbalancedMarkupIsAnError() {
        assertThat(problems("<b>never closed")).containsExactly("<b> at character 1 is never closed");
        assertThat(problems("closed </b> but never opened"))
                .containsExactly("</b> at character 8 does not match the tag open there");
        assertThat(problems("<b><i>crossed</b></i>")).contains("</b> at character 14 does not match the tag open there");
        assertThat(problems("ends in a tag x<y")).containsExactly(
                "the text ends inside a tag; write &lt; for a < that is not markup");
    }

    @Test
    void attributesOtherThanHrefAreErrors() {
        assertThat(problems("<b class=\"x\">bold</b>")).containsExactly(
                "unsupported attribute class on <b> at character 1");
        assertThat(problems("<a>no address</a>")).containsExactly(
                "<a> at character 1 needs an href with the link's address");
        assertThat(problems("<a href=\"javascript:alert(1)\">x</a>")).containsExactly(
                "\"javascript:alert(1)\" uses the scheme javascript:, but only http, https, mailto and tel are allowed");
    }

    @Test
    void linksInsideLinksAreErrors() {
        assertThat(problems("<a href=\"https://a.example/\">a <a href=\"https://b.example/\">b</a></a>"))
                .containsExactly("a link is inside another link at character 32");
    }

    @Test
    void emptyAndInvalidCharactersAreErrors() {
        assertThat(problems("<b></b>")).containsExactly("must not be empty");
        assertThat(problems("null &#0; here")).containsExactly(
                "the character reference at character 6 is not a character a document can hold");
        assertThat(problems("bell \u0007")).containsExactly(
                "contains the control character U+0007 at character 6, which cannot appear in a document");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "<b>".repeat(40) + "x" + "</b>".repeat(40);
        assertThat(problems(deep)).containsExactly(
                "markup nested deeper than 32 tags at character 97");
    }

    @Test
    void formatWritesMarkupThatParsesBackEqual() {
        RichText text = RichText.builder().text("Tom & Jerry <5 ").bold("bold").italic(" it")
                .add(Run.link("link \"quoted\"", "https://example.org/?a=1&b=2", Style.UNDERLINE, Style.BOLD))
                .build();
        String html = InlineMarkup.format(text);
        assertThat(html).isEqualTo("Tom &amp; Jerry &lt;5 <b>bold</b><i> it</i>"
                + "<a href=\"https://example.org/?a=1&amp;b=2\"><b><u>link \"quoted\"</u></b></a>");
        assertThat(InlineMarkup.parse(html)).isEqualTo(text);
    }
}
