package yoy.synth;

/** Which report the {@code index}-th synthetic document is: its file, country, publisher and coverage year. */
public record DocumentPlan(int index, String file, String country, String publisher, int coverageYear, String title) {
}
