package io.github.bulletinkit.docx;

/** The theme part of the tests' Word templates: the least that the DrawingML schema admits. */
final class WordTemplateTheme {

    private static final String FILL = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    private static final String LINE = "<a:ln w=\"9525\">" + FILL + "</a:ln>";
    private static final String EFFECT = "<a:effectStyle><a:effectLst/></a:effectStyle>";

    static final String XML = "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " name=\"Partnership\"><a:themeElements><a:clrScheme name=\"Partnership\">"
            + "<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>"
            + "<a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>"
            + colour("dk2", "3B0A57") + colour("lt2", "F3E5F5") + colour("accent1", "6A1B9A")
            + colour("accent2", "00695C") + colour("accent3", "AD1457") + colour("accent4", "283593")
            + colour("accent5", "EF6C00") + colour("accent6", "2E7D32") + colour("hlink", "0563C1")
            + colour("folHlink", "954F72") + "</a:clrScheme><a:fontScheme name=\"Partnership\">"
            + "<a:majorFont><a:latin typeface=\"Noto Serif\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>"
            + "<a:minorFont><a:latin typeface=\"Noto Serif\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont>"
            + "</a:fontScheme><a:fmtScheme name=\"Partnership\"><a:fillStyleLst>" + FILL + FILL + FILL
            + "</a:fillStyleLst><a:lnStyleLst>" + LINE + LINE + LINE + "</a:lnStyleLst><a:effectStyleLst>" + EFFECT
            + EFFECT + EFFECT + "</a:effectStyleLst><a:bgFillStyleLst>" + FILL + FILL + FILL
            + "</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>";

    private WordTemplateTheme() {
    }

    private static String colour(String name, String hex) {
        return "<a:" + name + "><a:srgbClr val=\"" + hex + "\"/></a:" + name + ">";
    }
}
