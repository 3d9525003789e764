package yoy.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import yoy.indicators.IndicatorSet;

/**
 * Writes one synthetic report: a publisher's header, a summary, sections under rights headings with
 * mostly figure-free prose, indicator paragraphs in the sections they belong to, trap paragraphs,
 * page markers and a footer. The same plan and seed always give the same text.
 */
public final class DocumentGenerator {

    /** Average size of a report, in characters (about 50 KB, so 1 GB is about 20,000 reports). */
    static final int MIN_CHARS = 40_000;
    static final int MAX_CHARS = 60_000;

    /** Which indicators each section of {@link Filler#TOPICS} reports on, by heading. */
    private static final Map<String, List<String>> SECTION_INDICATORS = Map.of(
            "Freedom of peaceful assembly", List.of("protest_permits_denied", "protest_detentions", "protest_deaths",
                    "protest_prosecutions"),
            "Freedom of expression", List.of("journalists_detained_or_prosecuted", "incitement_prosecutions",
                    "political_prisoners"),
            "Freedom of association", List.of("extremism_prosecutions", "political_prisoners"),
            "Torture and other ill-treatment", List.of("torture_cases"),
            "Women's and girls' rights", List.of("domestic_killings"),
            "Freedom of religion and belief", List.of("religious_prosecutions"),
            "Right to a fair trial", List.of("extremism_prosecutions", "incitement_prosecutions", "political_prisoners"));

    private final List<Template> templates;

    public DocumentGenerator(IndicatorSet indicators) {
        this.templates = SentenceTemplates.forIndicators(indicators);
    }

    public GeneratedDocument generate(DocumentPlan plan, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Ctx c = new Ctx(r, plan.coverageYear(), plan.country(), Names.cities(plan.country()));
        Writer w = new Writer(plan);
        header(c, plan, w);
        int target = MIN_CHARS + r.nextInt(MAX_CHARS - MIN_CHARS);
        List<Filler.Topic> topics = new ArrayList<>(Filler.TOPICS);
        shuffle(topics, r);
        int perSection = Math.max(3, target / (topics.size() * 440));
        int page = 1;
        int nextPage = 3500 + r.nextInt(1500);
        for (Filler.Topic topic : topics) {
            List<Template> fitting = fitting(topic);
            boolean glue = !fitting.isEmpty() && c.chance(3);
            if (!glue) {
                w.paragraph(topic.heading());
            }
            for (int p = 0; p < perSection; p++) {
                Piece piece;
                if (!fitting.isEmpty() && (glue || c.chance(22))) {
                    piece = fitting.get(r.nextInt(fitting.size())).write(c);
                } else if (c.chance(6)) {
                    piece = Traps.paragraph(c);
                } else {
                    piece = new Piece(Filler.paragraph(c, topic, 3 + r.nextInt(5)), List.of());
                }
                if (glue && !Character.isUpperCase(piece.text().charAt(0))) {
                    // scraped pages glue headings to sentences; before a digit no reader could see the join
                    w.paragraph(topic.heading());
                    glue = false;
                }
                w.piece(glue ? topic.heading() : "", piece);
                glue = false;
                if (w.length() >= nextPage) {
                    w.paragraph("Page " + (++page));
                    nextPage += 3500 + r.nextInt(1500);
                }
            }
        }
        footer(c, plan, w);
        return new GeneratedDocument(plan, w.text(), w.truth());
    }

    private List<Template> fitting(Filler.Topic topic) {
        List<String> ids = SECTION_INDICATORS.getOrDefault(topic.heading(), List.of());
        return templates.stream().filter(t -> ids.contains(t.indicator())).toList();
    }

    private static void header(Ctx c, DocumentPlan plan, Writer w) {
        w.paragraph(plan.publisher());
        w.paragraph(plan.title());
        w.paragraph(plan.country());
        w.paragraph(Filler.paragraph(c, Filler.TOPICS.get(0), 3) + " " + Filler.paragraph(c, Filler.TOPICS.get(1), 2));
    }

    private static void footer(Ctx c, DocumentPlan plan, Writer w) {
        w.paragraph("\u00a9 " + plan.publisher() + " " + (plan.coverageYear() + 1) + ". All rights reserved.");
        w.paragraph("This report may be quoted or reproduced in full if the source is credited.");
    }

    static <T> void shuffle(List<T> list, SplittableRandom r) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

    /** Appends paragraphs, separated by blank lines, and records where each figure's paragraph lies. */
    private static final class Writer {
        private final DocumentPlan plan;
        private final StringBuilder text = new StringBuilder(64 * 1024);
        private final List<TruthRow> truth = new ArrayList<>();

        Writer(DocumentPlan plan) {
            this.plan = plan;
        }

        void paragraph(String s) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(s);
        }

        /** {@code glued} is a heading stuck to the paragraph, as on scraped pages ("AssemblyPolice ..."). */
        void piece(String glued, Piece piece) {
            paragraph(glued);
            int start = text.length();
            text.append(piece.text());
            for (Expected e : piece.figures()) {
                truth.add(new TruthRow(plan.file(), plan.publisher(), e.indicator(), e.measure(), e.year(),
                        e.interval(), e.period(), piece.text(), start, text.length()));
            }
        }

        int length() {
            return text.length();
        }

        String text() {
            return text.append('\n').toString();
        }

        List<TruthRow> truth() {
            return truth;
        }
    }
}
