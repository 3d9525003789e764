package yoy.extract;

import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import yoy.indicators.Indicator;
import yoy.model.DocumentMeta;

/**
 * The sentences of a paragraph read so far, as the rules and the dating see them: views of the sentences. A
 * sentence the gate refused gets its view only when a later sentence asks for it as context (its time
 * expressions, its topic words), since nine sentences in ten are never asked: making a view for each was a tenth
 * of what extraction allocated. Such a view holds no numbers, as an eager one would not. Not thread-safe.
 */
final class Paragraph extends AbstractList<SentenceView> implements RandomAccess {

    private final PhraseIndex index;
    private Sentence[] sentences = new Sentence[16];
    private SentenceView[] views = new SentenceView[16];
    private int size;
    private List<SentenceView> opening = List.of();
    private DocumentMeta meta;
    /** The indicator of the last figure taken in this paragraph, and in the one before: what "29 of them" may count. */
    private Indicator taken;
    private Indicator takenBefore;

    Paragraph(PhraseIndex index) {
        this.index = index;
    }

    /**
     * The document's title and opening, where a text states its topic once for all its paragraphs ("freedom of
     * religion", "the list of political prisoners"): the weakest evidence for a paragraph topic.
     */
    List<SentenceView> opening() {
        return opening;
    }

    /** The document being read. */
    DocumentMeta meta() {
        return meta;
    }

    /** Records a figure taken for {@code indicator}, as the antecedent of the pronoun counts that follow. */
    void taken(Indicator indicator) {
        taken = indicator;
    }

    /** The indicator of the last figure taken in this paragraph or the one before, or null. */
    Indicator antecedent() {
        return taken != null ? taken : takenBefore;
    }

    /** Forgets every paragraph and starts the next document, with its metadata and {@link #opening}. */
    void start(DocumentMeta document, List<SentenceView> openingViews) {
        clear();
        earlier.clear();
        taken = null;
        takenBefore = null;
        meta = document;
        opening = openingViews;
    }

    /** Adds a sentence with its view, or with none ({@code view} null) when the gate refused it. */
    void add(Sentence sentence, SentenceView view) {
        if (size == sentences.length) {
            sentences = Arrays.copyOf(sentences, 2 * size);
            views = Arrays.copyOf(views, 2 * size);
        }
        sentences[size] = sentence;
        views[size] = view;
        size++;
    }

    @Override
    public SentenceView get(int k) {
        Objects.checkIndex(k, size);
        SentenceView view = views[k];
        if (view == null) {
            view = views[k] = new SentenceView(sentences[k], index, List.of());
        }
        return view;
    }

    @Override
    public int size() {
        return size;
    }

    /** How many paragraphs before the current one stay in reach as context ({@link #earlier}). */
    static final int EARLIER = 3;
    /** The last {@link #EARLIER} paragraphs, most recent first, each as its sentences and their views. */
    private final ArrayDeque<Earlier> earlier = new ArrayDeque<>(EARLIER + 1);

    /** A finished paragraph kept as context. Views are made only when a figure asks. */
    private final class Earlier {
        final Sentence[] sentences;
        final SentenceView[] views;

        Earlier(Sentence[] sentences, SentenceView[] views) {
            this.sentences = sentences;
            this.views = views;
        }

        SentenceView view(int k) {
            if (views[k] == null) {
                views[k] = new SentenceView(sentences[k], index, List.of());
            }
            return views[k];
        }
    }

    /**
     * True when {@code test} holds for a sentence of one of the {@link #EARLIER} paragraphs before this one, back to
     * the nearest heading (included). News items and press releases give each sentence its own paragraph, so a
     * paragraph's topic often stands in the one before it.
     */
    boolean anyEarlier(Predicate<SentenceView> test) {
        for (Earlier e : earlier) {
            // Backwards, nearest first: a heading opens the section, and what stands before it is about something else.
            for (int k = e.sentences.length - 1; k >= 0; k--) {
                if (test.test(e.view(k))) {
                    return true;
                }
                if (e.sentences[k].heading()) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Starts the next paragraph; the one that ends is kept as context. */
    @Override
    public void clear() {
        takenBefore = taken;
        taken = null;
        if (size > 0) {
            earlier.addFirst(new Earlier(Arrays.copyOf(sentences, size), Arrays.copyOf(views, size)));
            if (earlier.size() > EARLIER) {
                earlier.removeLast();
            }
        }
        Arrays.fill(sentences, 0, size, null);
        Arrays.fill(views, 0, size, null);
        size = 0;
    }

}
