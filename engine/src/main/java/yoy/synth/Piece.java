package yoy.synth;

import java.util.List;

/** A generated paragraph and the figures it states (none for filler and traps). */
record Piece(String text, List<Expected> figures) {

    Piece {
        figures = List.copyOf(figures);
    }
}
