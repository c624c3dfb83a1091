package dev.medlint.core.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
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
        Node document;
        try {
            document = PARSER.parse(parsed);
        } catch (StackOverflowError e) {
            // commonmark's inline parser recurses once per nesting level (tens of thousands of '*'); say so per file.
            throw new UnreadableText("Markdown nested too deeply to read (emphasis, links or brackets inside each "
                    + "other thousands of times); not an article");
        }
        new Collector(source, out).walk(document);
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

    /**
     * Walks the tree with an explicit stack instead of a visitor: a small file of thousands of nested quotes or list
     * items would otherwise overflow the thread's stack.
     */
    private static final class Collector {
        private final String source;
        private final TextViewBuilder out;

        Collector(String source, TextViewBuilder out) {
            this.source = source;
            this.out = out;
        }

        /** One step of the walk: entering a node, or leaving one whose children are done. */
        private record Step(Node node, boolean leaving) {
        }

        void walk(Node root) {
            Deque<Step> stack = new ArrayDeque<>();
            stack.push(new Step(root, false));
            while (!stack.isEmpty()) {
                Step step = stack.pop();
                if (step.leaving()) {
                    leave(step.node());
                } else if (enter(step.node())) {
                    stack.push(new Step(step.node(), true));
                    // Children pushed last-first so they come off the stack in document order.
                    Deque<Node> children = new ArrayDeque<>();
                    for (Node c = step.node().getFirstChild(); c != null; c = c.getNext()) {
                        children.push(c);
                    }
                    children.forEach(c -> stack.push(new Step(c, false)));
                }
            }
        }

        /** Handles a node on the way in; true when its children are to be walked (then {@link #leave} follows). */
        private boolean enter(Node node) {
            if (node instanceof Heading || node instanceof TableCell) {
                out.endBlock();
            } else if (node instanceof Text text) {
                text(text);
                return false;
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak || node instanceof Code) {
                out.space(offsetOf(node));
                return false;
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                out.endBlock();
                return false;
            } else if (node instanceof HtmlBlock block) {
                out.endBlock();
                comments(block, block.getLiteral());
                return false;
            } else if (node instanceof HtmlInline html) {
                comments(html, html.getLiteral());
                return false;
            } else if (node instanceof Link link && isAutolink(link)) {
                return false;
            }
            return true;
        }

        private void leave(Node node) {
            if (node instanceof Paragraph || node instanceof Heading || node instanceof BlockQuote
                    || node instanceof CustomBlock || node instanceof TableCell) {
                out.endBlock();
            }
        }

        private void text(Text text) {
            List<SourceSpan> spans = text.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            SourceSpan first = spans.get(0);
            SourceSpan last = spans.get(spans.size() - 1);
            SourceAligner.append(out, text.getLiteral(), source, first.getInputIndex(),
                    last.getInputIndex() + last.getLength(), MarkdownCharacterReferences.INSTANCE);
        }

        /** An autolink shows its own URL as its text: that is not prose. */
        private static boolean isAutolink(Link link) {
            return link.getFirstChild() instanceof Text t && t.getNext() == null
                    && (t.getLiteral().equals(link.getDestination())
                    || ("mailto:" + t.getLiteral()).equals(link.getDestination()));
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
