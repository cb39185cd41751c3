package io.github.bulletinkit.pdf;

import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.Contents;
import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.PlanVisitor;
import io.github.bulletinkit.layout.Row;
import io.github.bulletinkit.layout.SectionHeading;
import java.util.List;

/**
 * Hands every part to {@code first}, then to {@code second}: the digest and the glyph check see the plan in one
 * walk, for the plan makes each row anew for every walk.
 */
record BothVisitors(PlanVisitor first, PlanVisitor second) implements PlanVisitor {

    @Override
    public void document(DocumentInfo document) {
        first.document(document);
        second.document(document);
    }

    @Override
    public void logo(LayoutPlan.Picture logo) {
        first.logo(logo);
        second.logo(logo);
    }

    @Override
    public void heading(Block line) {
        first.heading(line);
        second.heading(line);
    }

    @Override
    public void paragraph(Block paragraph) {
        first.paragraph(paragraph);
        second.paragraph(paragraph);
    }

    @Override
    public void contents(Contents contents) {
        first.contents(contents);
        second.contents(contents);
    }

    @Override
    public void section(SectionHeading section) {
        first.section(section);
        second.section(section);
    }

    @Override
    public void startTable(List<Block> columnHeadings, String summary) {
        first.startTable(columnHeadings, summary);
        second.startTable(columnHeadings, summary);
    }

    @Override
    public void row(Row row) {
        first.row(row);
        second.row(row);
    }

    @Override
    public void endTable() {
        first.endTable();
        second.endTable();
    }

    @Override
    public void footer(List<String> words) {
        first.footer(words);
        second.footer(words);
    }
}
