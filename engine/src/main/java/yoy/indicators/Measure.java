package yoy.indicators;

import java.util.List;

/**
 * One way of counting an indicator ("convicted", "under investigation"). A figure is counted under
 * this measure when its counted noun is one of {@code nouns}, or less surely one of {@code kindNouns} (the nouns of
 * the kinds of thing it counts, such as people or events), or the figure stands alone as a subject
 * and {@code bareNumber} allows it), one of {@code cues} stands in its clause, one of {@code requires}
 * (when given) stands in its clause too, and one of {@code nounRequires} (when given) stands in its
 * noun phrase ("cases of torture of <b>children</b>"). {@code countsOne}: a count of one is a figure too, its noun
 * in the singular ("one protester was killed"), for events that matter one by one.
 */
public record Measure(
        String id,
        String label,
        List<Phrase> nouns,
        List<Phrase> kindNouns,
        boolean bareNumber,
        List<Phrase> cues,
        List<Phrase> requires,
        List<Phrase> nounRequires,
        Topic topic,
        YearAnchor yearAnchor,
        boolean countsOne) {

    public Measure(String id, String label, List<Phrase> nouns, List<Phrase> kindNouns, boolean bareNumber,
            List<Phrase> cues, List<Phrase> requires, List<Phrase> nounRequires, Topic topic, YearAnchor yearAnchor) {
        this(id, label, nouns, kindNouns, bareNumber, cues, requires, nounRequires, topic, yearAnchor, false);
    }

    public Measure {
        nouns = List.copyOf(nouns);
        kindNouns = List.copyOf(kindNouns);
        cues = List.copyOf(cues);
        requires = List.copyOf(requires);
        nounRequires = List.copyOf(nounRequires);
        if (cues.isEmpty()) {
            throw new IllegalArgumentException("measure " + id + " needs at least one cue");
        }
        if (yearAnchor == null) {
            throw new IllegalArgumentException("measure " + id + " needs a year anchor");
        }
    }
}
