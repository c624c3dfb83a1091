package dev.medlint.core.text;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * HTML (jsoup with position tracking): keeps the text of the page, image alt text and link text; leaves out tags,
 * attributes, scripts, styles and code.
 */
public final class HtmlExtractor implements TextExtractor {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "code", "pre", "svg",
            "math", "head", "iframe", "object", "textarea", "select");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
            "tr", "table", "ul", "ol", "dl", "dt", "dd", "blockquote", "section", "article", "header", "footer",
            "main", "aside", "nav", "figure", "figcaption", "caption", "address", "hr", "body", "html", "form",
            "fieldset", "legend", "details", "summary", "title");

    @Override
    public TextView extract(String source) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(source, "", parser);
        TextViewBuilder out = new TextViewBuilder();
        References refs = new References(new HtmlCharacterReferences(false), new HtmlCharacterReferences(true));
        Element title = doc.head().selectFirst("title");
        if (title != null) {
            walk(title, source, out, refs);
        }
        walk(doc.body(), source, out, refs);
        doc.head().childNodes().forEach(n -> collectComments(n, out));
        return out.build();
    }

    private static void collectComments(Node node, TextViewBuilder out) {
        if (node instanceof Comment c) {
            Range r = c.sourceRange();
            out.comment(c.getData(), r.startPos(), r.endPos());
        }
    }

    /** This document's character references in element text and in attribute values. */
    private record References(HtmlCharacterReferences text, HtmlCharacterReferences attribute) {
    }

    private static void walk(Element root, String source, TextViewBuilder out, References refs) {
        root.traverse(new NodeVisitor() {
            private int skipDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipDepth >= 0) {
                    return;
                }
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (SKIPPED.contains(tag) && el != root) {
                        skipDepth = depth;
                        return;
                    }
                    if (BLOCKS.contains(tag)) {
                        out.endBlock();
                    } else if (tag.equals("br")) {
                        out.space(el.sourceRange().startPos());
                    } else if (tag.equals("img") || (tag.equals("input") && el.hasAttr("alt"))) {
                        appendAlt(el, source, out, refs.attribute());
                    }
                } else if (node instanceof TextNode text) {
                    Range r = text.sourceRange();
                    if (r.isTracked()) {
                        SourceAligner.append(out, text.getWholeText(), source, r.startPos(), r.endPos(),
                                refs.text());
                    } else {
                        out.append(text.getWholeText(), 0);
                    }
                } else if (node instanceof Comment c) {
                    Range r = c.sourceRange();
                    out.comment(c.getData(), r.startPos(), r.endPos());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipDepth >= 0) {
                    if (depth == skipDepth) {
                        skipDepth = -1;
                    }
                    return;
                }
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    out.endBlock();
                }
            }
        });
    }

    private static void appendAlt(Element img, String source, TextViewBuilder out,
            HtmlCharacterReferences refs) {
        String alt = img.attr("alt");
        if (alt.isBlank()) {
            return;
        }
        out.endBlock();
        Range.AttributeRange range = img.attributes().sourceRange("alt");
        if (range != null && range.valueRange().isTracked()) {
            SourceAligner.append(out, alt, source, range.valueRange().startPos(), range.valueRange().endPos(),
                    refs);
        } else {
            int at = img.sourceRange().startPos();
            SourceAligner.append(out, alt, source, at, img.sourceRange().endPos(), refs);
        }
        out.endBlock();
    }
}
