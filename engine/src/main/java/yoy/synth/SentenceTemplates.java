package yoy.synth;

import static yoy.synth.Amounts.ALL;
import static yoy.synth.Amounts.BARE;
import static yoy.synth.Amounts.Scale.LARGE;
import static yoy.synth.Amounts.Scale.MEDIUM;
import static yoy.synth.Amounts.Scale.SMALL;
import static yoy.synth.Timing.Kind.FLOW;
import static yoy.synth.Timing.Kind.STOCK;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import yoy.indicators.IndicatorSet;
import yoy.synth.Amounts.Form;
import yoy.synth.Amounts.Scale;

/**
 * The indicator sentences: the phrasings reports use for each indicator and measure of
 * {@code indicators.yaml}, written for this generator (none is taken from a real report). Each states
 * figures that the grammar of docs/extraction.md reads; compound templates add coordinated figures,
 * ratios, comparisons with an earlier year and back-references ("six of whom were fined").
 */
final class SentenceTemplates {

    private static final List<String> PROTEST = List.of(
            "Police broke up a peaceful protest against rising fuel prices in {C}.",
            "Opposition supporters held rallies in {C} to demand free and fair elections.",
            "Residents of {C} took to the streets to protest against a planned mining project.",
            "The authorities responded to the demonstrations with force and mass arrests.");
    private static final List<String> EXTREMISM = List.of(
            "The authorities continued to prosecute people accused of links to groups banned as extremist.",
            "Courts relied on vague extremism laws to punish peaceful dissent.",
            "Prosecutors widened the use of charges of extremism against critics of the government.");
    private static final List<String> RELIGION = List.of(
            "Police raided private homes where believers met for worship in {C}.",
            "The authorities continued to restrict religious communities that had not registered with the state.",
            "Officials harassed congregations that met without state permission.");
    private static final List<String> POLITICAL = List.of(
            "The government continued to deny that it held anyone for their political views.",
            "Local monitors kept lists of people detained for peacefully criticizing the authorities.");
    private static final List<String> JOURNALISTS = List.of(
            "Independent media faced mounting pressure from the authorities.",
            "Reporting on corruption and abuses by the security forces remained dangerous.");
    private static final List<String> TORTURE = List.of(
            "Impunity for torture and other ill-treatment remained widespread.",
            "Detainees and their lawyers continued to report beatings during interrogation.");
    private static final List<String> WOMEN = List.of(
            "Violence against women remained widespread, and protection orders were rarely enforced.",
            "The government had still not adopted a comprehensive law on domestic violence.");
    private static final List<String> PERMITS = List.of(
            "Organizers had to seek permission for every public assembly.",
            "The law on assemblies gave local officials broad powers to refuse events.");

    private static final List<String> PEOPLE = List.of("people", "activists", "persons", "individuals");
    private static final List<String> PROTESTERS = List.of("protesters", "demonstrators", "people", "activists",
            "participants");
    private static final List<String> BELIEVERS = List.of("Jehovah's Witnesses", "Muslims", "Christians", "believers");
    private static final List<String> MEDIA = List.of("journalists", "bloggers", "reporters", "media workers");
    private static final List<String> OFFICERS = List.of("police officers", "prison guards", "law enforcement officers",
            "officials");

    private SentenceTemplates() {
    }

    /** The templates whose indicators {@code set} defines (with the measures they name). */
    static List<Template> forIndicators(IndicatorSet set) {
        List<Template> usable = new ArrayList<>();
        for (Template t : all()) {
            if (t.indicators().stream().allMatch(id -> set.find(id).isPresent())) {
                usable.add(t);
            }
        }
        return List.copyOf(usable);
    }

    static List<Template> all() {
        List<Template> t = new ArrayList<>();
        // protest_permits_denied
        t.add(simple("protest_permits_denied", "denied", FLOW, MEDIUM, ALL, List.of("rallies", "pickets", "demonstrations", "marches"), PERMITS,
                "city authorities refused permission for {Q} {N} planned by opposition groups{T}."));
        t.add(simple("protest_permits_denied", "denied", FLOW, MEDIUM, ALL, List.of("applications", "requests"), PERMITS,
                "local officials rejected {Q} {N} to hold peaceful assemblies in {C}{T}."));
        t.add(simple("protest_permits_denied", "denied", FLOW, MEDIUM, ALL, List.of("peaceful protests", "demonstrations", "marches"), PERMITS,
                "the authorities banned {Q} {N}{T}, citing public order."));
        // extremism_prosecutions
        t.add(simple("extremism_prosecutions", "prosecuted", FLOW, MEDIUM, ALL, PEOPLE, EXTREMISM,
                "prosecutors charged {Q} {N} with involvement in organizations designated as extremist{T}."));
        t.add(simple("extremism_prosecutions", "convicted", FLOW, MEDIUM, ALL, PEOPLE, EXTREMISM,
                "courts convicted {Q} {N} on extremism charges{T}, often for posts on social media."));
        t.add(context("extremism_prosecutions", "under_investigation", FLOW, MEDIUM, ALL, PEOPLE, EXTREMISM,
                "criminal investigations against {Q} other alleged members of banned groups were opened{T}."));
        t.add(context("extremism_prosecutions", "imprisoned", STOCK, MEDIUM, ALL, PEOPLE, EXTREMISM,
                "{Q} {N} remained in prison on extremism charges{T}."));
        // incitement_prosecutions
        t.add(simple("incitement_prosecutions", "prosecuted", FLOW, SMALL, ALL, PEOPLE, List.of(),
                "prosecutors charged {Q} {N} with inciting social discord over critical posts online{T}."));
        t.add(simple("incitement_prosecutions", "convicted", FLOW, SMALL, ALL, PEOPLE, List.of(),
                "courts convicted {Q} {N} of inciting ethnic hatred{T}."));
        t.add(simple("incitement_prosecutions", "imprisoned", STOCK, SMALL, ALL, PEOPLE, List.of(),
                "{Q} {N} were in prison for inciting hatred and enmity{T}."));
        // domestic_killings
        t.add(simple("domestic_killings", "registered", FLOW, MEDIUM, ALL, List.of("women"), WOMEN,
                "the Interior Ministry reported that {Q} {N} were killed by their husbands or partners{T}."));
        t.add(simple("domestic_killings", "registered", FLOW, MEDIUM, ALL, List.of("femicides", "domestic killings", "domestic homicides"), WOMEN,
                "women's rights groups recorded {Q} {N}{T}."));
        // political_prisoners
        t.add(simple("political_prisoners", "imprisoned", STOCK, MEDIUM, ALL, List.of("political prisoners"), POLITICAL,
                "local human rights defenders counted {Q} {N}{T}."));
        t.add(simple("political_prisoners", "imprisoned", STOCK, MEDIUM, ALL, PEOPLE, POLITICAL,
                "rights groups reported that {Q} {N} were imprisoned on politically motivated charges{T}."));
        t.add(simple("political_prisoners", "imprisoned", STOCK, LARGE, EnumSet.of(Form.MILLION), List.of("people"), POLITICAL,
                "by researchers' count, {Q} {N} were held in detention on political grounds{T}."));
        // protest_detentions
        t.add(simple("protest_detentions", "detained", FLOW, MEDIUM, ALL, PROTESTERS, PROTEST,
                "police detained {Q} {N} at a peaceful rally in {C}{T}."));
        t.add(simple("protest_detentions", "arrested", FLOW, LARGE, ALL, List.of("people", "protesters", "persons"), PROTEST,
                "security forces arrested {Q} {N} in connection with the protests{T}."));
        t.add(context("protest_detentions", "administrative_detention", FLOW, MEDIUM, BARE, List.of(), PROTEST,
                "{Q} were placed in administrative detention{T}."));
        t.add(simple("protest_detentions", "jailed", FLOW, SMALL, ALL, List.of("protesters", "activists"), PROTEST,
                "police jailed {Q} {N} for taking part in an unauthorized picket{T}."));
        // protest_deaths
        t.add(context("protest_deaths", "civilians", FLOW, MEDIUM, ALL, List.of("protesters", "demonstrators", "civilians"), PROTEST,
                "security forces killed {Q} {N} during the protests{T}."));
        t.add(context("protest_deaths", "law_enforcement", FLOW, SMALL, ALL, List.of("police officers", "law enforcement officers"), PROTEST,
                "officials said that {Q} {N} were killed in clashes with protesters{T}."));
        // protest_prosecutions
        t.add(context("protest_prosecutions", "sentenced", FLOW, MEDIUM, ALL, PROTESTERS, PROTEST,
                "courts sentenced {Q} {N} to prison terms for their part in the protests{T}."));
        t.add(context("protest_prosecutions", "criminal_prosecution", FLOW, MEDIUM, ALL, List.of("people", "protesters"), PROTEST,
                "{Q} {N} faced criminal prosecution for taking part in the protests{T}."));
        t.add(context("protest_prosecutions", "administrative_sanctions", FLOW, MEDIUM, ALL, List.of("protesters", "participants"), PROTEST,
                "courts fined {Q} {N} for taking part in unauthorized rallies{T}."));
        // torture_cases
        t.add(simple("torture_cases", "deaths_from_torture", FLOW, SMALL, ALL, List.of("people", "detainees", "prisoners"), TORTURE,
                "{Q} {N} died in custody as a result of torture{T}."));
        t.add(simple("torture_cases", "cases_in_court", FLOW, SMALL, ALL, List.of(), TORTURE,
                "{Q} torture cases were sent to court{T}."));
        t.add(simple("torture_cases", "under_investigation", FLOW, MEDIUM, ALL, List.of("complaints", "allegations"), TORTURE,
                "the prosecutor general's office investigated {Q} {N} of torture{T}."));
        t.add(simple("torture_cases", "officials_prosecuted", FLOW, SMALL, ALL, OFFICERS, TORTURE,
                "{Q} {N} were prosecuted for torture or ill-treatment of detainees{T}."));
        t.add(simple("torture_cases", "officers_convicted", FLOW, SMALL, ALL, OFFICERS, TORTURE,
                "courts convicted {Q} {N} of torture{T}."));
        t.add(simple("torture_cases", "child_victims", FLOW, SMALL, ALL, List.of(), TORTURE,
                "human rights groups documented {Q} cases of torture of children in police custody{T}."));
        // journalists_detained_or_prosecuted
        t.add(simple("journalists_detained_or_prosecuted", "detained", FLOW, SMALL, ALL, MEDIA, JOURNALISTS,
                "police detained {Q} {N} covering a protest in {C}{T}."));
        t.add(simple("journalists_detained_or_prosecuted", "detained", STOCK, SMALL, ALL, MEDIA, JOURNALISTS,
                "{Q} {N} were behind bars{T}, according to press freedom groups."));
        t.add(simple("journalists_detained_or_prosecuted", "prosecuted", FLOW, SMALL, ALL, MEDIA, JOURNALISTS,
                "{Q} {N} faced prosecution for their reporting{T}."));
        // religious_prosecutions
        t.add(context("religious_prosecutions", "prosecuted", FLOW, MEDIUM, ALL, BELIEVERS, RELIGION,
                "{Q} {N} were fined for meeting for worship without state permission{T}."));
        t.add(context("religious_prosecutions", "imprisoned", STOCK, SMALL, ALL, BELIEVERS, RELIGION,
                "{Q} {N} were serving prison sentences for exercising freedom of religion{T}."));
        t.add(context("religious_prosecutions", "convicted", FLOW, SMALL, ALL, BELIEVERS, RELIGION,
                "courts convicted {Q} {N} for teaching religion to children without permission{T}."));
        t.addAll(CompoundTemplates.all());
        return t;
    }

    private static Template simple(String indicator, String measure, Timing.Kind kind, Scale scale, Set<Form> forms,
            List<String> nouns, List<String> contexts, String pattern) {
        return new SimpleTemplate(indicator, measure, kind, scale, forms, nouns, contexts, false, true, pattern);
    }

    /** A template whose sentence needs the paragraph's topic from the context sentence before it. */
    private static Template context(String indicator, String measure, Timing.Kind kind, Scale scale, Set<Form> forms,
            List<String> nouns, List<String> contexts, String pattern) {
        return new SimpleTemplate(indicator, measure, kind, scale, forms, nouns, contexts, true, true, pattern);
    }
}
