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
 * of what extraction allocated. Such a view holds no numbers, as an eager one would not. Only the last {@link #WINDOW}
 * sentences of a paragraph are kept. Not thread-safe.
 */
final class Paragraph extends AbstractList<SentenceView> implements RandomAccess {

    private final PhraseIndex index;
    /** The steps of the document being read: a paragraph is made for each document. */
    final Work work = new Work();
    /**
     * How many sentences of a paragraph stay in reach: the figure's own and those just before it. The longest paragraph
     * of the real set has 17 sentences; a "paragraph" of a whole report on one line has thousands, and each figure
     * read all of them for its topic and its time. A topic forty sentences back is not the figure's topic.
     */
    static final int WINDOW = 40;
    /** The last {@link #WINDOW} sentences as a ring: the oldest at {@link #first}. */
    private final Sentence[] sentences = new Sentence[WINDOW];
    private final SentenceView[] views = new SentenceView[WINDOW];
    private int first;
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

    /**
     * Adds a sentence with its view, or with none ({@code view} null) when the gate refused it. Past {@link #WINDOW}
     * sentences, the oldest leaves.
     */
    void add(Sentence sentence, SentenceView view) {
        if (size == WINDOW) {
            first = ring(1);
            size--;
        }
        int at = ring(size);
        sentences[at] = sentence;
        views[at] = view;
        size++;
        added++;
    }

    /** The ring position of the {@code k}th sentence in reach. */
    private int ring(int k) {
        int at = first + k;
        return at < WINDOW ? at : at - WINDOW;
    }

    @Override
    public SentenceView get(int k) {
        Objects.checkIndex(k, size);
        work.steps++; // the callers scan the paragraph
        int at = ring(k);
        SentenceView view = views[at];
        if (view == null) {
            view = views[at] = new SentenceView(sentences[at], index, List.of(), work);
        }
        return view;
    }

    @Override
    public int size() {
        return size;
    }

    /** Sentences added to this paragraph, those that left the window included: the number of the next one. */
    private int added;
    /** Counts the paragraphs, so that {@link #seen} can tell an answer of this paragraph from a stale one. */
    private int generation;
    /**
     * For each phrase list asked about by {@link #anyBefore} (by its number), as triples: the paragraph the answer
     * is of ({@link #generation}), the number of the sentence before which the paragraph has been read for it, and
     * the number of the last sentence read that holds it (-1: none). Made on first use.
     */
    private int[] seen;

    /**
     * True when a phrase of list {@code phrases} stands in a sentence in reach before {@code s}. A sentence found to
     * hold it answers for the figures after it while it stays in reach; then the sentences not yet read are read,
     * newest first, down to the next one that holds it. So each sentence is read for a list at most once: a paragraph
     * of thousands of sentences was read whole again for every figure whose topic stood in none of them.
     */
    boolean anyBefore(int phrases, SentenceView s) {
        int at = lastIndexOf(s);
        int oldest = added - size; // the number of the first sentence in reach
        if (at != size - 1) {
            // Not the sentence being read: no memory, as the answers for it would not be the next ones.
            for (int k = 0; k < (at >= 0 ? at : size); k++) {
                if (holds(k, phrases)) {
                    return true;
                }
            }
            return false;
        }
        if (seen == null) {
            seen = new int[3 * index.lists()];
            Arrays.fill(seen, -1); // of no paragraph
        }
        int m = 3 * phrases;
        if (seen[m] != generation) {
            seen[m] = generation;
            seen[m + 1] = oldest;
            seen[m + 2] = -1;
        }
        if (seen[m + 2] >= oldest) {
            return true; // a sentence still in reach holds it: the sentences after it need not be read
        }
        int end = oldest + at; // the number of s
        for (int k = end - 1; k >= Math.max(seen[m + 1], oldest); k--) {
            if (holds(k - oldest, phrases)) {
                seen[m + 2] = k;
                break;
            }
        }
        seen[m + 1] = Math.max(seen[m + 1], end);
        return seen[m + 2] >= oldest;
    }

    /**
     * True when a phrase of list {@code phrases} stands in the {@code k}th sentence in reach. A sentence with no
     * matching made yet is first read for its letters ({@link PhraseGate}), which mostly tell: most sentences of a
     * long paragraph hold none of a topic's words, and those that hold one mostly hold it as a word of its own.
     * Tokenising and matching each of them was a quarter of the time a report with no full stop took.
     */
    private boolean holds(int k, int phrases) {
        int at = ring(k);
        SentenceView view = views[at];
        if (view == null || !view.prepared()) {
            PhraseGate gate = index.topics();
            PhraseGate.Lists lists = sentences[at].topics(gate);
            if (!gate.mayHold(lists, phrases)) {
                work.steps++; // as get() would count it
                return false;
            }
            if (gate.surelyHolds(lists, phrases)) {
                work.steps++;
                return true;
            }
        }
        SentenceView v = get(k);
        return v.any(phrases, 0, v.tokens().size());
    }

    /**
     * False when the {@code k}th sentence in reach surely names no year (see {@link Sentence#mayNameYear}), told without
     * reading it. A figure of an event looks back through the whole window for the episode it belongs to, and in a
     * paragraph of thousands of sentences that had most of them tokenised and read for their times.
     */
    boolean mayNameYear(int k) {
        work.steps++; // as get() would count it
        return sentences[ring(k)].mayNameYear();
    }

    /** False when the {@code k}th sentence in reach surely holds no time expression (see {@link Sentence#mayNameTime}). */
    boolean mayNameTime(int k) {
        work.steps++;
        return sentences[ring(k)].mayNameTime();
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
                views[k] = new SentenceView(sentences[k], index, List.of(), work);
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
                work.steps++;
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
            Sentence[] s = new Sentence[size];
            SentenceView[] v = new SentenceView[size];
            for (int k = 0; k < size; k++) {
                s[k] = sentences[ring(k)];
                v[k] = views[ring(k)];
            }
            earlier.addFirst(new Earlier(s, v));
            if (earlier.size() > EARLIER) {
                earlier.removeLast();
            }
        }
        Arrays.fill(sentences, null);
        Arrays.fill(views, null);
        first = 0;
        size = 0;
        added = 0;
        generation++;
    }

}
