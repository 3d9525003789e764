package yoy.synth;

/** Writes one paragraph stating figures for one indicator (sometimes two, where reports coordinate them). */
interface Template {

    /** The indicator the template is about; templates of indicators missing from the set are not used. */
    String indicator();

    /** Every indicator the paragraph may state a figure for. */
    default java.util.List<String> indicators() {
        return java.util.List.of(indicator());
    }

    Piece write(Ctx c);
}
