package io.github.bulletinkit.pdf;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import java.time.LocalDate;

/** Bulletins in the scripts beyond Europe, for the PDF's tests of shaping, direction and fallback fonts. */
final class ScriptSamples {

    static final LocalDate DATE = LocalDate.of(2025, 3, 10);
    static final String ARABIC_TITLE = "نشرة الحماية";
    static final String ARABIC_SUMMARY = "أعلن المجلس عن خطة جديدة لحماية الأطفال في المدارس.";
    static final String ARABIC_MIXED = "قالت NSPCC إن 42 مدرسة انضمت إلى البرنامج.";
    static final String HINDI = "बच्चों की सुरक्षा के लिए नई योजना की घोषणा की गई।";
    static final String BENGALI = "শিশুদের সুরক্ষার জন্য নতুন পরিকল্পনা ঘোষণা করা হয়েছে।";
    static final String PUNJABI = "ਬੱਚਿਆਂ ਦੀ ਸੁਰੱਖਿਆ ਲਈ ਨਵੀਂ ਯੋਜਨਾ ਦਾ ਐਲਾਨ ਕੀਤਾ ਗਿਆ ਹੈ।";
    static final String HEBREW = "המועצה פרסמה תוכנית חדשה להגנה על ילדים.";
    static final String CHINESE = "议会宣布了一项保护儿童的新计划，所有学校都将参加培训。";

    private ScriptSamples() {
    }

    /** A bulletin in Arabic, one of whose sentences holds an English name and a number. */
    static Bulletin arabic() {
        return Bulletin.builder(ARABIC_TITLE).language("ar").publisher("مجلس المدينة")
                .columns("معلومات", "روابط")
                .entry(Entry.builder().topic("خطة جديدة للمدارس").source("مجلس المدينة").published(DATE)
                        .paragraph(ARABIC_SUMMARY)
                        .paragraph(ARABIC_MIXED)
                        .link("اقرأ:", "الخطة الكاملة", "https://example.org/plan")
                        .build())
                .entry(Entry.builder().topic("التدريب").source("NSPCC").published(DATE)
                        .paragraph(RichText.builder().text("يبدأ التدريب في ").bold("الربيع")
                                .text(" لكل المعلمين والموظفين في المدارس الابتدائية والثانوية.").build())
                        .link("التسجيل:", "صفحة التسجيل", "https://example.org/register")
                        .build())
                .build();
    }

    /** A bulletin in English with an entry each in Hindi, Bengali, Punjabi, Hebrew and Chinese. */
    static Bulletin english() {
        return Bulletin.builder("Community safeguarding updates").publisher("City Council")
                .entry(entry("hi", "नई योजना", HINDI))
                .entry(entry("bn", "নতুন পরিকল্পনা", BENGALI))
                .entry(entry("pa", "ਨਵੀਂ ਯੋਜਨਾ", PUNJABI))
                .entry(entry("he", "תוכנית חדשה", HEBREW))
                .entry(entry("zh", "新计划", CHINESE))
                .entry(Entry.builder().topic("In English").source("Council").published(DATE)
                        .paragraph(RichText.builder().text("The plan is also in ")
                                .add(Run.plain("हिन्दी").inLanguage("hi")).text(" and in ")
                                .add(Run.plain("עברית").inLanguage("he")).text(".").build())
                        .link("Read:", "The plan", "https://example.org/plan").build())
                .build();
    }

    private static Entry entry(String language, String topic, String summary) {
        return Entry.builder().language(language).topic(topic).source("City Council").published(DATE)
                .paragraph(summary).link("Read:", "The plan", "https://example.org/plan/" + language).build();
    }
}
