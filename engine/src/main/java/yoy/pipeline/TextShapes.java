package yoy.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import yoy.corpus.Document;
import yoy.extract.Segmenter;
import yoy.extract.Sentence;
import yoy.model.DocumentMeta;

/**
 * Documents of awkward shapes for speed and memory checks, made of the sentences of real reports, so that cues,
 * figures and years stand as densely as in reports: a whole report on one line, one giant paragraph, a table, a run
 * of bare numbers, headings alone, one giant sentence. Extraction must take time and memory
 * in proportion to a document's size whatever its shape. Deterministic: the same material gives the same documents.
 */
public final class TextShapes {

    /** A shape, with its full size in characters (the sizes of the README's table); {@link #make} scales it. */
    public enum Shape {
        /** Normal sentences glued by spaces: one line, no line break at all. */
        ONE_LINE("one line", 10_000_000),
        /** Normal sentences hard-wrapped at about 72 columns, never a blank line: one paragraph. */
        ONE_PARAGRAPH("one paragraph", 10_000_000),
        /** Rows of tab-separated years, counts and percentages, under a header row now and then. */
        TABLE("table of numbers", 1_000_000),
        /** 100,000 numbers in a row, no words. */
        NUMBERS("100,000 numbers", 0),
        /** 10,000 short capitalised lines separated by blank lines, no text. */
        HEADINGS("10,000 headings", 0),
        /** The sentences with every full stop made a comma and joined by ", and": one sentence, no full stop. */
        ONE_SENTENCE("one sentence", 5_000_000);

        private final String label;
        private final int chars;

        Shape(String label, int chars) {
            this.label = label;
            this.chars = chars;
        }

        public String label() {
            return label;
        }
    }

    /** At the full size: how many numbers {@link Shape#NUMBERS} holds and how many headings {@link Shape#HEADINGS}. */
    static final int NUMBERS = 100_000;
    static final int HEADINGS = 10_000;

    /** A title-like line: letters, spaces and dashes, led by a capital and ending in a letter ("Freedom of Assembly"). */
    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'’ -]*\\p{L}");

    private final List<String> sentences;
    private final List<String> numbers;
    private final List<String> headings;
    private final DocumentMeta meta;

    /**
     * Every sentence of {@code material}, paragraph by paragraph (the paragraphs shuffled with a fixed seed, so that a
     * part of a shape is as dense in figures as the whole, while a figure's topic and cues stand around it as they
     * did), its numbers, and its short capitalised lines as headings.
     */
    public TextShapes(List<Document> material) {
        if (material.isEmpty()) {
            throw new IllegalArgumentException("no documents to make shapes of");
        }
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> n = new ArrayList<>();
        java.util.Set<String> h = new java.util.LinkedHashSet<>();
        for (Document d : material) {
            String text = d.text();
            int paragraph = -1;
            for (Sentence sentence : Segmenter.split(text)) {
                String t = text.substring(sentence.start(), sentence.end()).replaceAll("\\s+", " ");
                if (sentence.heading() && t.length() <= 60 && t.indexOf(' ') > 0 && HEADING.matcher(t).matches()) {
                    h.add(t);
                } else if (t.endsWith(".") && t.length() >= 20 && t.length() <= 600) {
                    if (sentence.paragraph() != paragraph) {
                        paragraphs.add(new ArrayList<>());
                        paragraph = sentence.paragraph();
                    }
                    paragraphs.get(paragraphs.size() - 1).add(t);
                    for (String w : t.split("[ ()]")) {
                        if (w.matches("[0-9][0-9,.]*[0-9]%?|[0-9]")) {
                            n.add(w);
                        }
                    }
                }
            }
        }
        if (paragraphs.isEmpty() || n.isEmpty() || h.isEmpty()) {
            throw new IllegalArgumentException("the material holds no sentence, no number or no heading");
        }
        Random random = new Random(7);
        Collections.shuffle(paragraphs, random);
        Collections.shuffle(n, random);
        List<String> hs = new ArrayList<>(h);
        Collections.shuffle(hs, random);
        this.sentences = paragraphs.stream().flatMap(List::stream).toList();
        this.numbers = n;
        this.headings = hs;
        DocumentMeta first = material.get(0).meta();
        this.meta = new DocumentMeta("shape.txt", "", first.publisher(), first.country(), first.coverageYear(), "", "", "");
    }

    /** How many material sentences there are. */
    public int sentences() {
        return sentences.size();
    }

    /** The shape at {@code scale} times its full size (1.0: the sizes of the README's table). */
    public Document make(Shape shape, double scale) {
        int chars = (int) (shape.chars * scale);
        String text = switch (shape) {
            case ONE_LINE -> joined(chars, " ", false);
            case ONE_PARAGRAPH -> wrapped(joined(chars, " ", false));
            case TABLE -> table(chars);
            case NUMBERS -> numbers((int) (NUMBERS * scale));
            case HEADINGS -> headings((int) (HEADINGS * scale));
            case ONE_SENTENCE -> joined(chars, ", and ", true);
        };
        String file = shape.name().toLowerCase(Locale.ROOT) + ".txt";
        return new Document(new DocumentMeta(file, "", meta.publisher(), meta.country(), meta.coverageYear(), "", "", ""),
                text);
    }

    /** Material sentences joined by {@code glue} up to {@code chars}; with {@code noStops}, their full stops made commas. */
    private String joined(int chars, String glue, boolean noStops) {
        StringBuilder sb = new StringBuilder(chars + 500);
        for (int k = 0; sb.length() < chars; k++) {
            String s = sentences.get(k % sentences.size());
            if (noStops) {
                s = withoutStops(s.substring(0, s.length() - 1));
            }
            if (sb.length() > 0) {
                sb.append(glue);
            }
            sb.append(s);
        }
        if (noStops) {
            sb.append('.');
        }
        return sb.toString();
    }

    /** Every {@code . ! ?} made a comma, but a decimal point ("1.5") stays. */
    private static String withoutStops(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            boolean decimal = c[i] == '.' && i > 0 && i + 1 < c.length && Character.isDigit(c[i - 1]) && Character.isDigit(c[i + 1]);
            if ((c[i] == '.' || c[i] == '!' || c[i] == '?') && !decimal) {
                c[i] = ',';
            }
        }
        return new String(c);
    }

    /**
     * Hard-wrapped at about 72 columns where a wrapped line continues its paragraph (after a letter, digit or comma,
     * before a lower-case word), so that the whole text stays one paragraph.
     */
    private static String wrapped(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && i - lineStart >= 72 && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1))
                    && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == ',')) {
                sb.append('\n');
                lineStart = i + 1;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Rows of a year and four numbers of the material, tab-separated, a header row every 40 rows. */
    private String table(int chars) {
        StringBuilder sb = new StringBuilder(chars + 100);
        int year = 1990;
        for (int row = 0, k = 0; sb.length() < chars; row++) {
            if (row % 40 == 0) {
                sb.append("Year\tArrested\tDetained\tConvicted\tShare\n");
            }
            sb.append(year + row % 35);
            for (int col = 0; col < 4; col++) {
                sb.append('\t').append(numbers.get(k++ % numbers.size()));
            }
            sb.append(row % 7 == 3 ? "%" : "").append('\n');
        }
        return sb.toString();
    }

    /** {@code count} numbers of the material (years among them) in a row, separated by spaces. */
    private String numbers(int count) {
        StringBuilder sb = new StringBuilder(count * 6);
        for (int k = 0; k < count; k++) {
            sb.append(k == 0 ? "" : " ").append(numbers.get(k % numbers.size()));
        }
        return sb.toString();
    }

    /** {@code count} headings of the material, each a line of its own between blank lines. */
    private String headings(int count) {
        StringBuilder sb = new StringBuilder(count * 30);
        for (int k = 0; k < count; k++) {
            sb.append(headings.get(k % headings.size())).append("\n\n");
        }
        return sb.toString();
    }
}
