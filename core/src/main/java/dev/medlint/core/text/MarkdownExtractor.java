package dev.medlint.core.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown (CommonMark with GFM tables): keeps headings, paragraphs, list items, table cells, link text and image
 * alt text; leaves out code, HTML, URLs and YAML front matter.
 */
public final class MarkdownExtractor implements TextExtractor {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\r?\\n(?s:.*?)\\r?\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)");

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    @Override
    public TextView extract(String source) {
        String parsed = blankFrontMatter(source);
        TextViewBuilder out = new TextViewBuilder();
        Node document = PARSER.parse(parsed);
        document.accept(new Collector(source, out));
        return out.build();
    }

    /** Front matter is not prose; blanking it (keeping line breaks) keeps every later offset unchanged. */
    private static String blankFrontMatter(String source) {
        Matcher m = FRONT_MATTER.matcher(source);
        if (!m.find()) {
            return source;
        }
        StringBuilder b = new StringBuilder(source);
        for (int i = 0; i < m.end(); i++) {
            char c = b.charAt(i);
            if (c != '\n' && c != '\r') {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    private static final class Collector extends AbstractVisitor {
        private final String source;
        private final TextViewBuilder out;

        Collector(String source, TextViewBuilder out) {
            this.source = source;
            this.out = out;
        }

        @Override
        public void visit(Paragraph paragraph) {
            visitChildren(paragraph);
            out.endBlock();
        }

        @Override
        public void visit(Heading heading) {
            out.endBlock();
            visitChildren(heading);
            out.endBlock();
        }

        @Override
        public void visit(BlockQuote blockQuote) {
            visitChildren(blockQuote);
            out.endBlock();
        }

        @Override
        public void visit(CustomBlock customBlock) {
            visitChildren(customBlock);
            out.endBlock();
        }

        @Override
        public void visit(CustomNode customNode) {
            if (customNode instanceof TableCell) {
                out.endBlock();
                visitChildren(customNode);
                out.endBlock();
            } else {
                visitChildren(customNode);
            }
        }

        @Override
        public void visit(Text text) {
            List<SourceSpan> spans = text.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            SourceSpan first = spans.get(0);
            SourceSpan last = spans.get(spans.size() - 1);
            SourceAligner.append(out, text.getLiteral(), source, first.getInputIndex(),
                    last.getInputIndex() + last.getLength());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            out.space(offsetOf(softLineBreak));
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            out.space(offsetOf(hardLineBreak));
        }

        @Override
        public void visit(Code code) {
            out.space(offsetOf(code));
        }

        @Override
        public void visit(FencedCodeBlock block) {
            out.endBlock();
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            out.endBlock();
        }

        @Override
        public void visit(HtmlBlock block) {
            out.endBlock();
            comments(block, block.getLiteral());
        }

        @Override
        public void visit(HtmlInline html) {
            comments(html, html.getLiteral());
        }

        @Override
        public void visit(Link link) {
            // An autolink shows its own URL as its text: that is not prose.
            if (link.getFirstChild() instanceof Text t && t.getNext() == null
                    && (t.getLiteral().equals(link.getDestination())
                    || ("mailto:" + t.getLiteral()).equals(link.getDestination()))) {
                return;
            }
            visitChildren(link);
        }

        /**
         * The {@code <!-- -->} comments of an HTML node, found with two forward scans: an opening with no closing
         * after it ends the search, so thousands of unclosed openings cost one pass, not one pass each.
         */
        private void comments(Node node, String literal) {
            int base = offsetOf(node);
            int from = 0;
            while (true) {
                int open = literal.indexOf("<!--", from);
                if (open < 0) {
                    return;
                }
                int close = literal.indexOf("-->", open + 4);
                if (close < 0) {
                    return;
                }
                int length = close + 3 - open;
                int start = source.indexOf("<!--", base);
                if (start < 0) {
                    start = base;
                }
                out.comment(literal.substring(open + 4, close), start, start + length);
                base = start + length;
                from = close + 3;
            }
        }

        private int offsetOf(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getInputIndex();
            }
            Node n = node.getPrevious() != null ? node.getPrevious() : node.getParent();
            while (n != null) {
                List<SourceSpan> s = n.getSourceSpans();
                if (!s.isEmpty()) {
                    SourceSpan last = s.get(s.size() - 1);
                    return last.getInputIndex() + last.getLength();
                }
                n = n.getParent();
            }
            return 0;
        }
    }
}
