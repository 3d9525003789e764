package yoy.synth;

import java.util.List;

/**
 * Prose about rights topics without figures, the bulk of every report. Sentences are assembled from
 * parts, so that they vary; no part holds a number, a quantity word ("several", "dozens") or a time
 * expression, so filler never states or dates a figure.
 */
final class Filler {

    /** A rights topic: a heading and the parts of its sentences. */
    record Topic(String heading, List<String> subjects, List<String> verbs, List<String> objects) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("Freedom of peaceful assembly",
                    List.of("the authorities", "local officials", "the police", "the interior ministry", "city councils"),
                    List.of("continued to restrict", "placed new limits on", "routinely obstructed", "sought to discourage",
                            "imposed vague conditions on"),
                    List.of("peaceful gatherings in central squares", "spontaneous protests", "the right to assemble",
                            "single-person pickets", "marches planned by civil society groups")),
            new Topic("Freedom of expression",
                    List.of("the government", "regulators", "the prosecutor's office", "state media", "officials"),
                    List.of("tightened control over", "pressured", "blocked access to", "targeted", "sought to silence"),
                    List.of("independent news outlets", "online commentators", "critical voices on social media",
                            "investigative reporting", "satirical content about public figures")),
            new Topic("Freedom of association",
                    List.of("the justice ministry", "the authorities", "tax inspectors", "the security service"),
                    List.of("refused to register", "audited", "threatened to close", "harassed", "imposed burdensome reporting rules on"),
                    List.of("independent trade unions", "human rights organizations", "opposition parties",
                            "groups receiving foreign funding", "environmental associations")),
            new Topic("Torture and other ill-treatment",
                    List.of("investigators", "prison officials", "the ombudsperson", "forensic experts", "lawyers"),
                    List.of("failed to examine", "documented", "raised concerns about", "downplayed", "reported on"),
                    List.of("allegations of beatings in pretrial detention", "conditions in overcrowded prisons",
                            "confessions obtained under duress", "the lack of independent monitoring of places of detention",
                            "the denial of medical care to detainees")),
            new Topic("Women's and girls' rights",
                    List.of("the government", "women's rights groups", "the police", "service providers", "parliament"),
                    List.of("debated", "called for stronger measures against", "underfunded", "campaigned against",
                            "failed to address"),
                    List.of("gender-based violence", "early and forced marriage", "the shortage of shelters",
                            "discrimination in employment", "barriers to reporting abuse")),
            new Topic("Freedom of religion and belief",
                    List.of("the religious affairs committee", "local authorities", "the police", "state-backed clerics"),
                    List.of("restricted", "monitored", "censored", "imposed registration rules on", "confiscated literature from"),
                    List.of("unregistered communities", "religious minorities", "private worship", "religious education",
                            "the import of religious books")),
            new Topic("Right to a fair trial",
                    List.of("courts", "judges", "prosecutors", "defence lawyers", "trial monitors"),
                    List.of("routinely disregarded", "raised doubts about", "upheld", "struggled with", "questioned"),
                    List.of("the independence of the judiciary", "closed hearings in politically sensitive cases",
                            "restrictions on access to counsel", "the use of secret witnesses", "evidence of procedural violations")),
            new Topic("Refugees and migrants",
                    List.of("border guards", "the migration service", "humanitarian agencies", "the government"),
                    List.of("pushed back", "detained", "expelled", "denied protection to", "offered limited support to"),
                    List.of("asylum seekers at the border", "migrant workers without papers", "people fleeing persecution",
                            "families waiting for status decisions", "stateless residents")),
            new Topic("Right to a healthy environment",
                    List.of("environmental activists", "the government", "mining companies", "local communities"),
                    List.of("warned about", "protested against", "ignored", "lobbied for", "documented"),
                    List.of("air pollution in industrial towns", "the lack of consultation on new projects",
                            "weak climate targets", "water shortages in rural areas", "illegal logging")));

    private static final List<String> OPENERS = List.of("", "", "", "", "Throughout the period, ", "Once again, ",
            "As in previous reporting periods, ", "In practice, ", "According to local groups, ", "Meanwhile, ",
            "Despite official promises, ", "In the regions, ");
    private static final List<String> ENDINGS = List.of(".", ".", ".", ", despite international criticism.",
            ", citing national security.", ", according to rights defenders.", " with little public scrutiny.",
            ", which drew criticism from international bodies.", " in the capital and in the regions.",
            ", and victims had little access to remedies.", ", in breach of international standards.");
    private static final List<String> REMARKS = List.of(
            "Civil society groups said the measures had a chilling effect on public life.",
            "International bodies urged the authorities to bring the law into line with international standards.",
            "Officials denied any wrongdoing and described the criticism as interference in internal affairs.",
            "Victims and their families continued to seek justice through the courts.",
            "The authorities did not respond to requests for comment.",
            "Lawyers said their clients had been pressured to withdraw complaints.",
            "The ombudsperson's annual report acknowledged some of these concerns but proposed no remedies.",
            "Observers noted that the new rules were applied selectively against critics.");

    private Filler() {
    }

    /** A paragraph of about {@code sentences} sentences on {@code topic}. */
    static String paragraph(Ctx c, Topic topic, int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            if (c.chance(15)) {
                sb.append(c.pick(REMARKS));
            } else {
                sb.append(Ctx.cap(c.pick(OPENERS) + c.pick(topic.subjects()) + " " + c.pick(topic.verbs()) + " "
                        + c.pick(topic.objects()) + c.pick(ENDINGS)));
            }
        }
        return sb.toString();
    }
}
