package yoy.extract;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

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

    Paragraph(PhraseIndex index) {
        this.index = index;
    }

    /** Adds a sentence with its view, or with none ({@code view} null) when the gate refused it. */
    void add(Sentence sentence, SentenceView view) {
        if (size == sentences.length) {
            sentences = java.util.Arrays.copyOf(sentences, 2 * size);
            views = java.util.Arrays.copyOf(views, 2 * size);
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

    /** Starts the next paragraph. */
    @Override
    public void clear() {
        java.util.Arrays.fill(sentences, 0, size, null);
        java.util.Arrays.fill(views, 0, size, null);
        size = 0;
    }
}
