package yoy.synth;

import java.util.List;

/** One synthetic report: its plan, its text and the figures it states. */
public record GeneratedDocument(DocumentPlan plan, String text, List<TruthRow> truth) {

    public GeneratedDocument {
        truth = List.copyOf(truth);
    }
}
