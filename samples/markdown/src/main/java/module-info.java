/** A Markdown format for BulletinKit, written from the exported layout plan. */
module org.example.markdown {
    requires io.github.bulletinkit;

    exports org.example.markdown;

    provides io.github.bulletinkit.format.RendererProvider with org.example.markdown.MarkdownRendererProvider;
}
