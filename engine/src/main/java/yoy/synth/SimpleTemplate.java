package yoy.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A one-figure sentence written from a pattern: {@code {Q}} the quantity, {@code {N}} a counted noun,
 * {@code {C}} a city, {@code {T}} where a time phrase goes (or the time opens the sentence). An optional
 * context sentence (without numbers or times) goes first, as reports name the topic before the figure.
 */
record SimpleTemplate(String indicator, String measure, Timing.Kind kind, Amounts.Scale scale, Set<Amounts.Form> forms,
        List<String> nouns, List<String> contexts, boolean needsContext, boolean earlier, String pattern)
        implements Template {

    @Override
    public Piece write(Ctx c) {
        Amount q = Amounts.draw(c.random(), scale, forms);
        Timing t = Timing.draw(c.random(), c.coverageYear(), kind, earlier);
        String noun = nouns.isEmpty() ? "" : c.pick(nouns);
        String body = fill(pattern, q.text(), noun, c);
        String sentence;
        boolean front = t.trailing() == null || (t.fronted() != null && c.chance(30));
        if (front) {
            sentence = t.fronted() + body.replace("{T}", "");
        } else {
            sentence = Ctx.cap(body.replace("{T}", t.trailing()));
        }
        StringBuilder text = new StringBuilder();
        if (!contexts.isEmpty() && (needsContext || c.chance(50))) {
            text.append(fill(c.pick(contexts), "", "", c)).append(' ');
        }
        text.append(sentence);
        List<Expected> figures = new ArrayList<>();
        figures.add(new Expected(indicator, measure, t.year(), q.interval(), t.period()));
        return new Piece(text.toString(), figures);
    }

    static String fill(String pattern, String quantity, String noun, Ctx c) {
        String s = pattern.replace("{Q}", quantity).replace("{N}", noun);
        while (s.contains("{C}")) {
            s = s.replaceFirst("\\{C\\}", c.city());
        }
        return s;
    }
}
