package yoy.extract;

import java.util.List;

/** A sentence (or a heading) with its offsets, tokens and the paragraph it belongs to. */
public record Sentence(int start, int end, int paragraph, boolean heading, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
