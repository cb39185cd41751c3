package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.AddressBlock;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.CellVisitor;
import io.github.bulletinkit.layout.Contents;
import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.PlanVisitor;
import io.github.bulletinkit.layout.QrBlock;
import io.github.bulletinkit.layout.QrCode;
import io.github.bulletinkit.layout.Row;
import io.github.bulletinkit.layout.SectionHeading;
import io.github.bulletinkit.layout.Span;
import io.github.bulletinkit.model.Run;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the body will need of the parts that come before it in the package, found by a walk through the plan
 * before the body is written: the languages its runs are marked with (kept in the custom properties), the
 * addresses of its hyperlinks (in the document's relationships) and its QR codes (images of their own), each in
 * the order the body first meets it. Keeps a row at a time, as the body does. Belongs to one render.
 */
final class BodySurvey implements PlanVisitor {

    private final LayoutPlan plan;
    /** Whether BulletinKit writes its own footer, whose words may be in a language of their own. */
    private final boolean ownFooter;
    private final Set<String> languages = new LinkedHashSet<>();
    private final Hyperlinks hyperlinks = new Hyperlinks();
    // A plan encodes each address once, so the same code is the same object.
    private final Set<QrCode> codes = new LinkedHashSet<>();
    private final CellVisitor links = new CellVisitor() {
        @Override
        public void paragraph(Block link) {
            block(link);
        }

        @Override
        public void address(AddressBlock address) {
            // Printed in the document's language, unmarked.
        }

        @Override
        public void qrCode(QrBlock code) {
            codes.add(code.code());
        }
    };

    /** @param letterhead the Word template's letterhead, or null for none */
    BodySurvey(LayoutPlan plan, Letterhead letterhead) {
        this.plan = plan;
        this.ownFooter = letterhead == null || !letterhead.hasFooter();
    }

    /** The languages that runs are marked with, each once, in the order first written. */
    List<String> languages() {
        return List.copyOf(languages);
    }

    /** The hyperlinks' relationships, numbered in the order first written. */
    Hyperlinks hyperlinks() {
        return hyperlinks;
    }

    /** The QR codes, each once, in the order first shown. */
    Set<QrCode> codes() {
        return codes;
    }

    @Override
    public void document(DocumentInfo document) {
        // The properties part says all that the document says of itself.
    }

    @Override
    public void logo(LayoutPlan.Picture logo) {
        // The parts take the logo from the plan.
    }

    @Override
    public void heading(Block line) {
        block(line);
    }

    @Override
    public void paragraph(Block paragraph) {
        block(paragraph);
    }

    @Override
    public void contents(Contents contents) {
        block(contents.heading());
        // Each item links to a bookmark, which needs no relationship.
        contents.items().forEach(item -> item.text().spans().forEach(span -> runs(span.runs())));
    }

    @Override
    public void section(SectionHeading section) {
        block(section.heading());
    }

    @Override
    public void startTable(List<Block> columnHeadings, String summary) {
        columnHeadings.forEach(this::block);
    }

    @Override
    public void row(Row row) {
        row.information().forEach(this::block);
        row.links().forEach(part -> part.accept(links));
    }

    @Override
    public void endTable() {
        // Nothing to find.
    }

    @Override
    public void footer(List<String> words) {
        String language = PageSetup.footerLanguage(plan);
        if (ownFooter && !language.isEmpty() && words.stream().anyMatch(word -> !word.isEmpty())) {
            languages.add(language);
        }
    }

    private void block(Block block) {
        for (Span span : block.spans()) {
            if (span.isLink()) {
                hyperlinks.id(span.url());
            }
            runs(span.runs());
        }
    }

    private void runs(List<Run> runs) {
        for (Run run : runs) {
            if (!run.language().isEmpty()) {
                languages.add(run.language());
            }
        }
    }
}
