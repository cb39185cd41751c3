package io.github.bulletinkit.docx;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Label;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.testing.Samples;
import java.nio.file.Path;
import java.time.LocalDate;

/** Bulletins whose parts are in other languages than the bulletin's, for the Word renderer and reader. */
final class LanguageBulletins {

    static final Path WELSH_JSON = Path.of("samples", "diweddariadau-diogelu.json");

    private LanguageBulletins() {
    }

    /** {@code samples/diweddariadau-diogelu.json}: Welsh, with an English entry and English link texts. */
    static Bulletin welshSample() {
        return Samples.read(WELSH_JSON);
    }

    /**
     * An English bulletin with a Welsh phrase in its introduction, and a Welsh entry whose summary names an
     * English body in English, the bulletin's language.
     */
    static Bulletin englishWithWelsh() {
        return Bulletin.builder("Safeguarding Updates").language("en-GB").publisher("Example Partnership")
                .introduction(RichText.builder().text("Welcome, or ").add(Run.plain("Croeso").inLanguage("cy"))
                        .text(", to the winter bulletin.").build())
                .entry(Entry.builder().topic("Online safety").source("Ofcom").published(LocalDate.of(2024, 12, 16))
                        .paragraph("Ofcom has published its first codes of practice.")
                        .link("Read the press release:", "Time for tech firms to act", "https://www.ofcom.org.uk/")
                        .build())
                .entry(Entry.builder().language("cy").topic("Canllawiau newydd").source("Llywodraeth Cymru")
                        .published(LocalDate.of(2025, 1, 6))
                        .paragraph(RichText.builder().text("Mae’r canllawiau’n dilyn gwaith yr ")
                                .add(Run.plain("Department for Education").inLanguage("en-GB")).text(".").build())
                        .link("Darllenwch:", "Y canllawiau", "https://www.llyw.cymru/")
                        .build())
                .build();
    }

    /** An English bulletin with runs in languages of each kind of script, some of them named by the tag. */
    static Bulletin scripts() {
        return greetings(new String[][] {{"zh", "你好"}, {"ja-JP", "こんにちは"}, {"ko", "안녕하세요"},
            {"ar", "مرحبا"}, {"he", "שלום"}, {"hi", "नमस्ते"}, {"sr-Cyrl", "Здраво"}, {"pl", "Dzień dobry"}});
    }

    /**
     * An English bulletin with runs whose tags name a script other than their language's usual one. LibreOffice
     * writes {@code pa-Arab} as {@code pnb-Arab}, another language.
     */
    static Bulletin namedScripts() {
        return greetings(new String[][] {{"pa-Arab", "سلام"}, {"pa", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ"}, {"ja-Latn", "Konnichiwa"},
            {"zh-Hant", "你好"}});
    }

    private static Bulletin greetings(String[][] greetings) {
        RichText.Builder summary = RichText.builder().text("Hello in several languages: ");
        for (String[] greeting : greetings) {
            summary.add(Run.plain(greeting[1]).inLanguage(greeting[0])).text(" ");
        }
        return Bulletin.builder("Greetings").language("en-GB")
                .entry(Entry.builder().topic("Greetings").source("Example").published(LocalDate.of(2025, 1, 6))
                        .paragraph(summary.text("and digits marked Arabic: ").add(Run.plain("2025").inLanguage("ar"))
                                .build())
                        .build())
                .build();
    }

    /** A Polish bulletin, whose labels are the English ones, with a Welsh entry. */
    static Bulletin polish() {
        return Bulletin.builder("Aktualności").language("pl")
                .entry(Entry.builder().topic("Bezpieczeństwo w sieci").source("Rzecznik Praw Dziecka")
                        .published(LocalDate.of(2025, 2, 14)).paragraph("Zażółć gęślą jaźń.").build())
                .entry(Entry.builder().language("cy").topic("Canllawiau newydd").source("Llywodraeth Cymru")
                        .published(LocalDate.of(2025, 1, 6)).paragraph("Mae’r canllawiau newydd yn helpu plant.")
                        .build())
                .build();
    }

    /** A Polish bulletin with labels of its own. */
    static Bulletin polishWithLabels() {
        return Bulletin.builder("Aktualności").language("pl")
                .label(Label.SOURCE, "Źródło:").label(Label.PUBLISHED, "Data publikacji:")
                .label(Label.INFORMATION, "Informacja").label(Label.LINK, "Odnośnik")
                .label(Label.PAGE, "Strona {page} z {pages}").label(Label.CONTENTS, "Spis treści")
                .entry(Entry.builder().topic("Bezpieczeństwo w sieci").source("Rzecznik Praw Dziecka")
                        .published(LocalDate.of(2025, 2, 14)).paragraph("Zażółć gęślą jaźń.")
                        .link(Link.of("Czytaj:", "Raport", "https://example.org/pl")).build())
                .build();
    }
}
